import DimingCore

/// Messages shared by the module's areas (each area has its own `<Area>Messages` too).
public enum BoundaryMessages {
    public static let commandAbstract = Message("boundary.command.abstract", zh: "界线：界线生成、拓扑检查、界桩、联合检查、报告与导出。",
                                                en: "Boundaries: derive lines, check topology, markers, joint inspections, reports and export.")

    public static let all: [Message] = [commandAbstract]
}
