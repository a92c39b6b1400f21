import DimingCore

/// What the submission path says about a report's household-level house list (`houses`, TC-3).
public enum HousesMessages {
    typealias M = Message
    static let notArray = M("disaster.reports.houses.not_array", zh: "houses 须为房屋结构数组，每处房屋结构一项",
                            en: "houses must be an array with one entry per house structure")
    static let notObject = M("disaster.reports.houses.not_object", zh: "{field} 须为对象：household、structure、class、rooms",
                             en: "{field} must be an object: household, structure, class, rooms")
    static let houseClass = M("disaster.reports.houses.class", zh: "{field} 须为 collapsed（倒塌）、severe（严重损坏）、general（一般损坏）或 auxiliary（附属用房）",
                              en: "{field} must be collapsed, severe, general or auxiliary (a separate kitchen, shed or temporary house)")
    static let rooms = M("disaster.reports.houses.rooms", zh: "{field} 须为 1 至 {maximum} 的整数（自然间数）",
                         en: "{field} must be a whole number of natural rooms from 1 to {maximum}")
    static let oneClass = M("disaster.reports.houses.one_class",
                            zh: "{field}：户 {household} 的房屋 {structure} 已在 {other} 中定为 {class}。以整户房屋为评定单位、自然间为计数单位，一处房屋只定一个损坏等级：请按整体定级，一项中填写全部间数",
                            en: "{field}: structure {structure} of household {household} is already classed {class} in {other}. The whole house is judged and rooms are counted, so one structure takes one class: class it as a whole, in one entry with all its rooms")
    static let listedTwice = M("disaster.reports.houses.listed_twice", zh: "{field}：户 {household} 的房屋 {structure} 已在 {other} 中填写，每处房屋只填一项",
                               en: "{field}: structure {structure} of household {household} is listed already in {other}: one entry per structure")
    static let disagrees = M("disaster.reports.houses.disagrees", zh: "{field}（{value}）与 houses 按户统计的结果（{derived}）不一致；填写 houses 时可不填户数、间数",
                             en: "{field} ({value}) disagrees with {derived} counted from houses; with houses, the household and room figures may be left out")

    public static let all: [Message] = [notArray, notObject, houseClass, rooms, oneClass, listedTwice, disagrees]
}
