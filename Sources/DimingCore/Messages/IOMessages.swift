/// The texts of ``ImportError``, ``FormatError`` and ``AttachmentError``: files read and written.
public enum IOMessages {
    public static let syntaxTitle = Message("import.syntax.title", zh: "输入格式错误", en: "Malformed input")
    public static let syntax = Message("import.syntax", zh: "第 {line} 行第 {column} 列：{reason}", en: "line {line}, column {column}: {reason}")
    public static let syntaxInFeature = Message("import.syntaxInFeature", zh: "第 {line} 行第 {column} 列（第 {feature} 个要素）：{reason}",
                                                en: "line {line}, column {column} (feature {feature}): {reason}")
    public static let invalidFeatureTitle = Message("import.invalidFeature.title", zh: "要素无效", en: "Invalid feature")
    public static let invalidFeature = Message("import.invalidFeature", zh: "第 {feature} 个要素，{field}：{reason}",
                                               en: "feature {feature}, {field}: {reason}")
    public static let notGeoJSONTitle = Message("import.notGeoJSON.title", zh: "不是 GeoJSON", en: "Not GeoJSON")
    public static let notGeoJSON = Message("import.notGeoJSON", zh: "不是 GeoJSON：{reason}", en: "not GeoJSON: {reason}")
    public static let emptyInputTitle = Message("import.emptyInput.title", zh: "输入为空", en: "Empty input")
    public static let emptyInput = Message("import.emptyInput", zh: "输入中既没有表头也没有要素", en: "the input holds no header and no features")
    public static let unsupportedOptionTitle = Message("import.unsupportedOption.title", zh: "不支持的选项", en: "Unsupported option")
    public static let unknownFormatTitle = Message("import.unknownFormat.title", zh: "未知格式", en: "Unknown format")
    public static let unknownFormat = Message("import.unknownFormat", zh: "未知格式 \"{name}\"；请用 geojson、geojsonseq、csv、gpkg、shp 或 kml",
                                              en: "unknown format \"{name}\"; use geojson, geojsonseq, csv, gpkg, shp or kml")
    public static let unreadableTitle = Message("import.unreadable.title", zh: "无法读取文件", en: "Unreadable file")
    public static let unreadable = Message("import.unreadable", zh: "无法读取 {path}：{reason}", en: "cannot read {path}: {reason}")

    public static let unsupportedFormatTitle = Message("format.unsupported.title", zh: "不支持的格式", en: "Unsupported format")
    public static let read = Message("format.read", zh: "读取", en: "read")
    public static let write = Message("format.write", zh: "写入", en: "write")
    public static let noExtension = Message("format.noExtension", zh: "没有扩展名的文件名", en: "a name without an extension")
    public static let unsupportedExtension = Message(
        "format.unsupportedExtension",
        zh: "无法{verb} {path}：diming 不支持 {extension} 格式；{formats}，或用 --format 指定；{hint}",
        en: "cannot {verb} {path}: {extension} is not a format diming speaks; {formats}, or give --format; {hint}")
    public static let gdalFormat = Message(
        "format.gdal",
        zh: "无法{verb} {path}：diming 不支持 {extension} 格式；{formats}；{hint}",
        en: "cannot {verb} {path}: {extension} is not a format diming speaks; {formats}; {hint}")
    public static let supportedFormats = Message(
        "format.supported",
        zh: "支持的格式有 geojson（.geojson、.json）、geojsonseq（.geojsonl、.geojsons、.geojsonseq、.jsonl、.ndjson、.jsonseq）、csv（.csv）、gpkg（.gpkg）、shp（.shp）和 kml（.kml）",
        en: "the formats are geojson (.geojson, .json), geojsonseq (.geojsonl, .geojsons, .geojsonseq, .jsonl, .ndjson, .jsonseq), csv (.csv), gpkg (.gpkg), shp (.shp) and kml (.kml)")
    public static let gdalWriteHint = Message(
        "format.gdalWriteHint",
        zh: "其他格式请用 ogr2ogr 从 GeoPackage 转换，例如 ogr2ogr out.gml layer.gpkg",
        en: "other formats go through ogr2ogr from a GeoPackage, e.g. ogr2ogr out.gml layer.gpkg")
    public static let gdalReadHint = Message(
        "format.gdalReadHint",
        zh: "其他格式请先用 ogr2ogr 转为 GeoPackage，例如 ogr2ogr layer.gpkg in.gml",
        en: "other formats go through ogr2ogr to a GeoPackage first, e.g. ogr2ogr layer.gpkg in.gml")
    public static let formatConflict = Message(
        "format.conflict",
        zh: "--format {format} 与文件名 {path}（{extensionFormat}）矛盾：请给出相符的文件名，或去掉 --format",
        en: "--format {format} contradicts the name {path} ({extensionFormat}): give a matching name or leave out --format")

    public static let unsupportedMediaTypeTitle = Message("attachment.unsupportedMediaType.title", zh: "不支持的文件类型", en: "Unsupported media type")
    public static let unsupportedMediaType = Message("attachment.unsupportedMediaType", zh: "不接受 \"{type}\" 类型的文件；请发送以下之一：{allowed}",
                                                     en: "files of type \"{type}\" are not accepted; send one of {allowed}")
    public static let missingMediaType = Message("attachment.missingMediaType", zh: "缺少文件的 Content-Type；请发送以下之一：{allowed}",
                                                 en: "the file's Content-Type is missing; send one of {allowed}")
    public static let invalidFileNameTitle = Message("attachment.invalidFileName.title", zh: "文件名无效", en: "Invalid file name")
    public static let invalidFileName = Message(
        "attachment.invalidFileName",
        zh: "文件名 \"{name}\" 须为 1 到 {bytes} 字节的 UTF-8，不含控制字符、/ 或 \\",
        en: "file name \"{name}\" must be 1 to {bytes} bytes of UTF-8 without control characters, / or \\")
    public static let emptyFileTitle = Message("attachment.emptyFile.title", zh: "文件为空", en: "Empty file")
    public static let emptyFile = Message("attachment.emptyFile", zh: "请求体为空；请发送文件内容", en: "the request body is empty; send the file's bytes")
    public static let unknownAttachmentTitle = Message("attachment.unknown.title", zh: "未知附件", en: "Unknown attachment")
    public static let unknownAttachment = Message("attachment.unknown", zh: "{layer} 要素 \"{id}\" 没有附件 {sha256}",
                                                  en: "{layer} feature \"{id}\" has no attachment {sha256}")

    static let all = [syntaxTitle, syntax, syntaxInFeature, invalidFeatureTitle, invalidFeature, notGeoJSONTitle, notGeoJSON,
                      emptyInputTitle, emptyInput, unsupportedOptionTitle, unknownFormatTitle, unknownFormat, unreadableTitle, unreadable,
                      unsupportedFormatTitle, read, write, noExtension, unsupportedExtension, gdalFormat, supportedFormats,
                      gdalWriteHint, gdalReadHint, formatConflict, unsupportedMediaTypeTitle, unsupportedMediaType, missingMediaType,
                      invalidFileNameTitle, invalidFileName, emptyFileTitle, emptyFile, unknownAttachmentTitle, unknownAttachment] + reasons + jsonReasons
}
