import ArgumentParser
import DimingGazetteer

/// `--category road`: the gazetteer's categories by their stored values.
extension PlaceCategory: ExpressibleByArgument {}
