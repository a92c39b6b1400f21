/// 法定节假日与调休上班日: the statutory holidays and the make-up working days of the State
/// Council's notices — 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号,
/// 2024-11-12) and 关于2026年部分节假日安排的通知 (2025-11-04), as published by Xinhua. The
/// 核报 clock counts working days from this table, not by weekday arithmetic: a holiday on a
/// weekday is not a working day, a make-up Saturday or Sunday is. Add a year's rows when its
/// notice is out (each November); a year without rows falls back to Monday–Friday.
///
/// `first,last,kind,name`: a range of days, `holiday` or `workday`.
enum HolidayTable {
    static let csv = """
        first,last,kind,name
        2025-01-01,2025-01-01,holiday,元旦
        2025-01-26,2025-01-26,workday,春节调休
        2025-01-28,2025-02-04,holiday,春节
        2025-02-08,2025-02-08,workday,春节调休
        2025-04-04,2025-04-06,holiday,清明节
        2025-04-27,2025-04-27,workday,劳动节调休
        2025-05-01,2025-05-05,holiday,劳动节
        2025-05-31,2025-06-02,holiday,端午节
        2025-09-28,2025-09-28,workday,国庆节调休
        2025-10-01,2025-10-08,holiday,国庆节、中秋节
        2025-10-11,2025-10-11,workday,国庆节调休
        2026-01-01,2026-01-03,holiday,元旦
        2026-01-04,2026-01-04,workday,元旦调休
        2026-02-14,2026-02-14,workday,春节调休
        2026-02-15,2026-02-23,holiday,春节
        2026-02-28,2026-02-28,workday,春节调休
        2026-04-04,2026-04-06,holiday,清明节
        2026-05-01,2026-05-05,holiday,劳动节
        2026-05-09,2026-05-09,workday,劳动节调休
        2026-06-19,2026-06-21,holiday,端午节
        2026-09-20,2026-09-20,workday,国庆节调休
        2026-09-25,2026-09-27,holiday,中秋节
        2026-10-01,2026-10-07,holiday,国庆节
        2026-10-10,2026-10-10,workday,国庆节调休
        """
}
