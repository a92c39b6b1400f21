"""What the client checks share: QGIS's Python run headless, and a headless Chromium's options."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, "work")


def prepare_qgis():
    """Re-runs the script under Debian's /usr/bin/python3 (QGIS's bindings live there) and points
    QGIS's profile and runtime folders into work/, offscreen. Call before importing qgis."""
    if os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") and os.path.exists("/usr/bin/python3") \
            and not os.environ.get("DIMING_QGIS_REEXEC"):
        os.environ["DIMING_QGIS_REEXEC"] = "1"
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.makedirs(os.path.join(WORK, "qgis-profile"), exist_ok=True)
    os.makedirs(os.path.join(WORK, "xdg-runtime"), mode=0o700, exist_ok=True)
    os.environ.setdefault("QGIS_CUSTOM_CONFIG_PATH", os.path.join(WORK, "qgis-profile"))
    os.environ.setdefault("XDG_RUNTIME_DIR", os.path.join(WORK, "xdg-runtime"))


def chromium_arguments(width, height, profile):
    """A quiet headless Chromium of the given window size with a fresh profile folder."""
    return ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            f"--window-size={width},{height}", f"--user-data-dir={profile}", "--lang=zh-CN",
            "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-default-apps",
            "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
            "--hide-scrollbars", "--force-device-scale-factor=1"]
