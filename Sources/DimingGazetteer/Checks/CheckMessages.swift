import DimingCore

/// The words of the naming checks: each finding's explanation, the CLI's lines and help, and
/// the checks' problems, in Chinese and English (`CheckMessages.all` joins the catalog).
public enum CheckMessages {
    // Findings: `{other}` is the conflicting name, `{status}` its status, `{scope}` where it was looked for.
    public static let duplicate = Message("check.duplicate", zh: "与{scope}内{status}的“{other}”重名",
                                          en: "the same name as {other} ({status}) in {scope}")
    public static let affixDuplicate = Message("check.affixDuplicate", zh: "加减“{affix}”后与{scope}内{status}的“{other}”同名",
                                               en: "the same name as {other} ({status}) in {scope} with “{affix}” added or removed")
    public static let homophone = Message("check.homophone", zh: "与{scope}内{status}的“{other}”同音（{key}，不计声调）",
                                          en: "sounds the same as {other} ({status}) in {scope}: {key}, tones ignored")
    public static let nearHomophone = Message("check.nearHomophone", zh: "与{scope}内{status}的“{other}”读音相近（{key}、{otherKey}：一个音节的声母或韵母不同）",
                                              en: "sounds like {other} ({status}) in {scope}: {key} and {otherKey} differ in one initial or final")
    public static let suffixOnly = Message("check.suffixOnly", zh: "与{scope}内的“{other}”专名相同（{specific}），仅通名不同",
                                           en: "the same specific part ({specific}) as {other} in {scope}, only the generic differs")
    public static let personLeader = Message("check.personLeader", zh: "含国家领导人的名字“{word}”：禁止用作地名",
                                             en: "contains the name of a state leader, {word}: never allowed in a place name")
    public static let person = Message("check.person", zh: "含人名“{word}”（别名、笔名、文学作品人物同样算）：一般不以人名作地名，须说明理由并经评审",
                                       en: "contains a person's name, {word} (aliases, pen names and literary characters count): needs a justification and review")
    public static let foreign = Message("check.foreign", zh: "含外国地名或人名“{word}”", en: "contains a foreign place or person name, {word}")
    public static let brand = Message("check.brand", zh: "含企业名称或商标“{word}”：除非与该企业无特定联系，须经评审",
                                      en: "contains an enterprise or brand name, {word}: needs review unless there is no specific link")
    public static let noGeneric = Message("check.noGeneric", zh: "缺少{class}的通名（如{examples}）：地名应由专名加通名构成",
                                          en: "no generic of a {class} (e.g. {examples}): a name is a specific part plus a generic")
    public static let noSpecific = Message("check.noSpecific", zh: "只有通名“{generic}”，缺少专名", en: "only the generic {generic}: no specific part")
    public static let stacked = Message("check.stacked", zh: "通名重叠：“{first}”之后又有“{second}”", en: "stacked generics: {first} followed by {second}")
    public static let bareOrdinal = Message("check.bareOrdinal", zh: "专名“{specific}”只是序数：不得单纯以序数作地名",
                                            en: "the specific part {specific} is a bare ordinal")
    public static let scopeWidened = Message("check.scopeWidened", zh: "查重范围应为同一{wanted}，但只给出了{given}：已在整个{given}内比较",
                                             en: "duplicates are looked for within one {wanted}, but only {given} was given: compared within all of it")
    public static let scopeMissing = Message("check.scopeMissing", zh: "未给出所在区划：已与整个数据库比较",
                                             en: "no division given: compared with the whole database")

    // Parts of the findings' texts.
    public static let wholeDatabase = Message("check.scope.all", zh: "整个数据库", en: "the whole database")
    public static let scopeDivision = Message("check.scope.division", zh: "{name}（{code}）", en: "{name} ({code})")
    public static let levelTownship = Message("check.level.township", zh: "城镇（乡级区划）", en: "township")
    public static let levelCounty = Message("check.level.county", zh: "县级区划", en: "county")
    public static let levelCity = Message("check.level.city", zh: "地级区划", en: "city")
    public static let levelProvince = Message("check.level.province", zh: "省级区划", en: "province")
    public static let levelAll = Message("check.level.all", zh: "全国", en: "whole country")
    public static let statusApproved = Message("check.status.approved", zh: "已批准", en: "approved")
    public static let statusAnnounced = Message("check.status.announced", zh: "已公告", en: "announced")
    public static let statusProposed = Message("check.status.proposed", zh: "申报中", en: "proposed")
    public static let statusUnderReview = Message("check.status.underReview", zh: "审核中", en: "under review")
    public static let statusReserved = Message("check.status.reserved", zh: "地名方案预留", en: "reserved in the 地名方案")
    public static let severityReject = Message("check.severity.reject", zh: "驳回", en: "reject")
    public static let severityReview = Message("check.severity.review", zh: "评审", en: "review")
    public static let severityWarn = Message("check.severity.warn", zh: "提示", en: "warn")
    public static let classRoad = Message("check.class.road", zh: "街路巷", en: "road or street")
    public static let classResidential = Message("check.class.residential", zh: "居民点", en: "residential area")
    public static let classAdministrative = Message("check.class.administrative", zh: "行政区域", en: "administrative area")
    public static let classTransport = Message("check.class.transport", zh: "交通设施", en: "transport facility")
    public static let classWaterworks = Message("check.class.waterworks", zh: "水利设施", en: "waterworks")
    public static let classLandmark = Message("check.class.landmark", zh: "广场、公园或纪念地", en: "square, park or landmark")
    public static let classBuilding = Message("check.class.building", zh: "建筑物", en: "building")
    public static let classNatural = Message("check.class.natural", zh: "自然地理实体", en: "natural feature")

    // Problems.
    public static let invalidProfileTitle = Message("check.problem.profile", zh: "地名规则配置有误", en: "Invalid naming profile")
    public static let unknownDivisionTitle = Message("check.problem.division", zh: "未知的区划", en: "Unknown division")
    public static let unknownProfile = Message("check.unknownProfile", zh: "没有名为 {name} 的地名规则配置（可用：{known}），也可给出 JSON 文件的路径",
                                               en: "no naming profile named {name} (known: {known}); or give the path of a JSON file")
    public static let badProfile = Message("check.badProfile", zh: "地名规则配置 {path} 有误：{reason}", en: "naming profile {path}: {reason}")
    public static let profileLoosens = Message("check.profileLoosens", zh: "地名规则配置 {path} 放宽了 {rule}（{base} → {value}）：地方配置只能收紧所继承的规则",
                                               en: "naming profile {path} loosens {rule} ({base} → {value}): a local profile may only tighten the rules it extends")
    public static let unknownDivision = Message("check.unknownDivision", zh: "区划 {code} 不在 divisions 中", en: "division {code} is not in divisions")

    // `diming place check`.
    public static let findingLine = Message("cli.place.check.finding", zh: "{code}  {severity}  {text}", en: "{code}  {severity}  {text}")
    public static let conflictSuffix = Message("cli.place.check.conflict", zh: "  →  {name}（{id}，{division}）", en: "  →  {name} ({id}, {division})")
    public static let noFindings = Message("cli.place.check.none", zh: "“{name}”未发现问题（规则：{profile}）", en: "{name}: no findings (profile {profile})")
    public static let checkAbstract = Message("help.place.check", zh: "按地名规则配置检查拟用名称，不写入任何内容。",
                                              en: "Check a proposed name against the naming rules, without writing anything.")
    public static let checkDiscussion = Message("help.place.check.discussion", zh: """
        规则：重名（N-DUP）、加减“新、大、老”或市县名（N-DUP-AFFIX）、同音（N-HOMO，不计声调）、专名相同仅通名不同（N-SUFFIX-ONLY）、\
        人名（N-PERSON，国家领导人驳回）、外国地名（N-FOREIGN）、企业名称和商标（N-BRAND）、缺少通名（N-STRUCT）、通名重叠（N-STACK）、\
        单纯序数（N-ORD）。查重范围、词表和严重程度来自 gazetteer/profiles/ 中的配置（默认 national）。已批准、已公告、申报中、\
        审核中和地名方案预留的标准名称与别名都参与查重。每条结果一行：代码、严重程度、说明和冲突的地名。有驳回结果时退出码为 3。
        """, en: """
        The rules: duplicate (N-DUP), 新/大/老 or the city's name added (N-DUP-AFFIX), homophone with tones ignored \
        (N-HOMO), the same specific part with another generic (N-SUFFIX-ONLY), person names (N-PERSON; state leaders \
        reject), foreign names (N-FOREIGN), enterprise and brand names (N-BRAND), no generic (N-STRUCT), stacked \
        generics (N-STACK), a bare ordinal (N-ORD). Scopes, word lists and severities come from a profile in \
        gazetteer/profiles/ (default: national). Standard and alternative names that are approved, announced, proposed, \
        under review or reserved in the 地名方案 count as taken. One line per finding: code, severity, explanation and \
        the conflicting place. The exit status is 3 when a finding rejects the name.
        """)
    public static let checkName = Message("help.place.check.name", zh: "拟用的名称。", en: "The proposed name.")
    public static let checkCategory = Message("help.place.check.category", zh: "地名类别。", en: "The category of the place.")
    public static let checkIn = Message("help.place.check.in", zh: "所在区划代码（道路给乡镇代码）：决定查重范围。",
                                        en: "The division code it lies in (a township for a road): scopes the duplicate checks.")
    public static let checkProfile = Message("help.place.check.profile", zh: "地名规则配置：gazetteer/profiles/ 中的名称或 JSON 文件路径。",
                                             en: "The naming profile: a name in gazetteer/profiles/ or the path of a JSON file.")
    public static let checkReading = Message("help.place.check.reading", zh: "读音，每字一个音节，如 zhang3 zi3 lu4。",
                                             en: "The reading, one syllable per character, e.g. zhang3 zi3 lu4.")
    public static let checkFormat = Message("help.place.check.format", zh: "输出格式。", en: "The output format.")

    public static let all: [Message] = [
        duplicate, affixDuplicate, homophone, nearHomophone, suffixOnly, personLeader, person, foreign, brand, noGeneric, noSpecific, stacked, bareOrdinal,
        scopeWidened, scopeMissing, wholeDatabase, scopeDivision, levelTownship, levelCounty, levelCity, levelProvince, levelAll,
        statusApproved, statusAnnounced, statusProposed, statusUnderReview, statusReserved, severityReject, severityReview, severityWarn,
        classRoad, classResidential, classAdministrative, classTransport, classWaterworks, classLandmark, classBuilding, classNatural,
        invalidProfileTitle, unknownDivisionTitle, unknownProfile, badProfile, profileLoosens, unknownDivision,
        findingLine, conflictSuffix, noFindings, checkAbstract, checkDiscussion, checkName, checkCategory, checkIn,
        checkProfile, checkReading, checkFormat,
    ]

    static func status(_ raw: String) -> Message {
        switch raw {
        case "announced": statusAnnounced
        case "proposed": statusProposed
        case "under_review": statusUnderReview
        case "reserved": statusReserved
        default: statusApproved
        }
    }

    static func level(_ level: CheckScope.Level) -> Message {
        switch level {
        case .township: levelTownship
        case .county: levelCounty
        case .city: levelCity
        case .province: levelProvince
        case .all: levelAll
        }
    }

    public static func severity(_ severity: NamingFinding.Severity) -> Message {
        switch severity {
        case .reject: severityReject
        case .review: severityReview
        case .warn: severityWarn
        }
    }

    static func placeClass(_ placeClass: PlaceClass) -> Message {
        switch placeClass {
        case .road: classRoad
        case .residential: classResidential
        case .administrativeArea: classAdministrative
        case .transport: classTransport
        case .waterworks: classWaterworks
        case .landmark: classLandmark
        case .building: classBuilding
        case .natural: classNatural
        }
    }
}
