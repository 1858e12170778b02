"""The rating screen's words for the citizen, translated: the 11 criteria and the two scales.

core.rating holds the same Vietnamese texts as data; tests/ui/rating checks they never drift.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q


def criterion_texts() -> dict[str, str]:
    return {
        "CS01": Q.translate(
            "Rating", "Tổng thời gian giải quyết thủ tục hành chính so với thời gian quy định"),
        "CS02": Q.translate(
            "Rating", "Thời gian thực hiện của từng cơ quan, đơn vị tham gia giải quyết "
                      "(kể cả đơn vị phối hợp)"),
        "CS03": Q.translate(
            "Rating", "Số lần phải liên hệ với nơi tiếp nhận để hoàn thiện hồ sơ "
                      "(kể cả liên hệ trực tuyến)"),
        "CS04": Q.translate(
            "Rating", "Số cơ quan, đơn vị, tổ chức phải liên hệ để hoàn thiện hồ sơ "
                      "(kể cả liên hệ trực tuyến)"),
        "CS05": Q.translate(
            "Rating", "Việc tiếp nhận hồ sơ, giải quyết, trả kết quả tại Bộ phận Một cửa"),
        "CS06": Q.translate("Rating", "Công khai thủ tục hành chính"),
        "CS07": Q.translate(
            "Rating", "Thái độ của cán bộ, công chức khi hướng dẫn lập hồ sơ, tiếp nhận hồ sơ "
                      "và giải quyết thủ tục hành chính"),
        "CS08": Q.translate(
            "Rating", "Tiếp thu, giải trình đối với ý kiến phản ánh, kiến nghị của người dân"),
        "CS09": Q.translate("Rating", "Tiến độ và chất lượng cung cấp dịch vụ công trực tuyến"),
        "CS10": Q.translate(
            "Rating", "Mức độ thuận tiện khi sử dụng dịch vụ (dễ sử dụng, thời gian đáp ứng)"),
        "CS11": Q.translate("Rating", "Đánh giá tổng thể dịch vụ"),
    }


def score_labels() -> dict[int, str]:
    return {0: Q.translate("Rating", "Không hài lòng"), 1: Q.translate("Rating", "Hài lòng"),
            2: Q.translate("Rating", "Rất hài lòng")}


def overall_labels() -> dict[int, str]:
    return {1: Q.translate("Rating", "Rất không hài lòng"),
            2: Q.translate("Rating", "Không hài lòng"), 3: Q.translate("Rating", "Bình thường"),
            4: Q.translate("Rating", "Hài lòng"), 5: Q.translate("Rating", "Rất hài lòng")}
