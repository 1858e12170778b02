"""The one place where a core, service or sync Message becomes text in the clerk's language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from counter_app.core.messages import CATALOG, Message, render

if TYPE_CHECKING:  # nothing more is imported before the login window paints
    from counter_app.core.dossier import Status
    from counter_app.services.sync_setup import SyncReport


def message_text(message: Message) -> str:
    """The message in the UI's language (the Vietnamese template when none is translated)."""
    templates = _templates()
    return render(message, lambda code: templates.get(code) or CATALOG[code])


def error_text(exc: BaseException) -> str:
    """What the clerk reads for an error: its Message translated; every field's for a form."""
    from counter_app.core.intake import IntakeError

    if isinstance(exc, IntakeError):

        return "\n".join(message_text(e.msg) for e in exc.errors)
    typed = getattr(exc, "msg", None)
    return message_text(typed) if isinstance(typed, Message) else str(exc)


def status_text(status: Status) -> str:
    """A dossier status's name in the UI's language."""
    return message_text(status.label)


def sync_status_text(status: object) -> str:
    """What the sync is doing (a SyncStatus), in the UI's language."""
    note = getattr(status, "note", None)
    return message_text(note) if isinstance(note, Message) else str(getattr(status, "message", ""))


def report_error_text(report: SyncReport) -> str:
    """Why a sync run failed, in the UI's language ("" when it did not)."""
    if report.error is not None:
        return message_text(report.error)
    return report.last_error or ""


def _templates() -> dict[str, str]:
    # One literal per code, for pyside6-lupdate; tests/ui/test_messages.py checks that each is
    # the catalogue's Vietnamese template (core/messages.py), so the two never drift apart.
    translate = QCoreApplication.translate
    return {
        "text": translate("Messages", "{text}"),
        "labelled": translate("Messages", "{label}: {problem}"),
        "status.none": translate("Messages", "chưa có hồ sơ"),
        "status.named": translate("Messages", "{number} – {label}"),
        "status.1": translate("Messages", "Mới (trực tuyến, chưa tiếp nhận)"),
        "status.2": translate("Messages", "Đã tiếp nhận"),
        "status.3": translate("Messages", "Từ chối tiếp nhận"),
        "status.4": translate("Messages", "Đang xử lý"),
        "status.5": translate("Messages", "Yêu cầu bổ sung"),
        "status.6": translate("Messages", "Chờ thực hiện nghĩa vụ tài chính"),
        "status.7": translate("Messages", "Công dân rút hồ sơ"),
        "status.8": translate("Messages", "Dừng xử lý"),
        "status.9": translate("Messages", "Đã có kết quả"),
        "status.10": translate("Messages", "Đã trả kết quả"),
        "actor.counter": translate("Messages", "bộ phận một cửa"),
        "actor.back_office": translate("Messages", "cơ quan giải quyết"),
        "transition.terminal": translate(
            "Messages", "Hồ sơ đã kết thúc ({current}); không thể chuyển sang {target}."),
        "transition.invalid": translate(
            "Messages", "Không thể chuyển hồ sơ từ trạng thái {current} sang {target}."),
        "transition.already_received": translate(
            "Messages", "Hồ sơ đã được tiếp nhận trước đó; bổ sung xong thì chuyển sang đang xử lý."),
        "transition.not_received": translate(
            "Messages", "Hồ sơ chưa được tiếp nhận; cần tiếp nhận trước khi xử lý."),
        "transition.wrong_actor": translate(
            "Messages", "Chỉ {who} được chuyển hồ sơ sang trạng thái {target}."),
        "transition.before_receipt": translate(
            "Messages", "Thời điểm chuyển trạng thái trước thời điểm tiếp nhận."),
        "reschedule.once": translate(
            "Messages", "Hồ sơ chỉ được gia hạn thời gian giải quyết không quá 1 lần trong suốt quá trình "
            "giải quyết hồ sơ."),
        "reschedule.not_later": translate("Messages", "Ngày hẹn trả mới phải sau ngày hẹn trả hiện tại."),
        "code.lane_exhausted": translate(
            "Messages", "Quầy đã dùng hết dải số {ranges} hôm nay ({day}); liên hệ quản trị để cấp thêm "
            "dải số."),
        "code.unit_empty": translate("Messages", "Chưa cấu hình mã đơn vị tiếp nhận."),
        "code.unit_space": translate("Messages", "Mã đơn vị “{code}” không được chứa dấu cách."),
        "code.unit_dash": translate(
            "Messages", "Mã đơn vị “{code}” không được chứa dấu gạch ngang (-), vì dấu này ngăn cách các "
            "phần của mã hồ sơ."),
        "code.unit_chars": translate(
            "Messages", "Mã đơn vị “{code}” chỉ được gồm chữ không dấu, chữ số và dấu chấm (ký tự ASCII)."),
        "code.year": translate("Messages", "Năm {year} nằm ngoài khoảng 2000–2099 của mã hồ sơ."),
        "code.seq": translate("Messages", "Số thứ tự {seq} của mã hồ sơ phải trong khoảng 0001–9999."),
        "code.format": translate(
            "Messages", "Mã hồ sơ “{code}” không đúng dạng <mã đơn vị>-<yyMMdd>-<số thứ tự 4 chữ số>."),
        "code.date": translate("Messages", "Mã hồ sơ “{code}” chứa ngày không có thật ({day})."),
        "code.typed_format": translate(
            "Messages", "Mã hồ sơ “{code}” không đúng dạng: nhập đủ mã (ví dụ {example_full}), hoặc ngày "
            "và số ({example_day}), hoặc chỉ số thứ tự của hồ sơ nhận hôm nay (0001)."),
        "date.label": translate("Messages", "Ngày"),
        "date.format": translate(
            "Messages", "{label} không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ {example}."),
        "date.no_month": translate("Messages", "Ngày {date} không có thật: tháng chỉ từ 1 đến 12."),
        "date.no_day": translate(
            "Messages", "Ngày {date} không có thật: tháng {month}/{year} chỉ có {days} ngày."),
        "gender.male": translate("Messages", "Nam"),
        "gender.female": translate("Messages", "Nữ"),
        "gender.unknown": translate(
            "Messages", "Giới tính không hợp lệ: “{gender}” (chỉ chấp nhận Nam hoặc Nữ)."),
        "cccd.length": translate("Messages", "Số CCCD phải gồm đúng 12 chữ số (nhận được “{got}”)."),
        "cccd.province": translate(
            "Messages", "Số CCCD có mã tỉnh “{province}” không tồn tại (3 chữ số đầu)."),
        "cccd.century": translate(
            "Messages", "Chữ số thứ 4 của số CCCD ({digit}) chỉ người sinh năm {first}–{last}, không khớp "
            "năm sinh {year}."),
        "cccd.birth_year": translate(
            "Messages", "Chữ số thứ 5–6 của số CCCD ({digits}) phải là hai số cuối của năm sinh {year}."),
        "cccd.gender": translate(
            "Messages", "Chữ số thứ 4 của số CCCD ({digit}) chỉ giới tính {gender}, không khớp giới tính "
            "{expected}."),
        "cmnd.length": translate("Messages", "Số CMND phải gồm đúng 9 chữ số (nhận được “{got}”)."),
        "id.length": translate(
            "Messages", "Số giấy tờ tùy thân phải gồm 12 chữ số (CCCD) hoặc 9 chữ số (CMND) (nhận được "
            "“{got}”)."),
        "phone.empty": translate("Messages", "Chưa nhập số điện thoại."),
        "phone.chars": translate(
            "Messages", "Số điện thoại “{phone}” chứa ký tự không hợp lệ (chỉ dùng chữ số, dấu cách, dấu "
            "chấm, gạch ngang, ngoặc đơn và dấu + ở đầu)."),
        "phone.country": translate(
            "Messages", "Số điện thoại “{phone}” không phải số Việt Nam (mã quốc gia phải là +84)."),
        "phone.start": translate("Messages", "Số điện thoại “{phone}” phải bắt đầu bằng 0 hoặc +84."),
        "phone.prefix": translate(
            "Messages", "Số điện thoại “{phone}” có đầu số không hợp lệ (di động bắt đầu 03, 05, 07, 08, "
            "09; cố định bắt đầu 02)."),
        "phone.too_short.mobile": translate(
            "Messages", "Số điện thoại “{phone}” quá ngắn: số di động phải có {digits} chữ số."),
        "phone.too_short.landline": translate(
            "Messages", "Số điện thoại “{phone}” quá ngắn: số cố định phải có {digits} chữ số."),
        "phone.too_long.mobile": translate(
            "Messages", "Số điện thoại “{phone}” quá dài: số di động phải có {digits} chữ số."),
        "phone.too_long.landline": translate(
            "Messages", "Số điện thoại “{phone}” quá dài: số cố định phải có {digits} chữ số."),
        "email.empty": translate("Messages", "Chưa nhập địa chỉ email."),
        "email.space": translate("Messages", "Địa chỉ email “{email}” không được chứa dấu cách."),
        "email.at": translate("Messages", "Địa chỉ email “{email}” phải có đúng một ký tự @."),
        "email.local": translate("Messages", "Địa chỉ email “{email}” thiếu phần trước @."),
        "email.domain": translate(
            "Messages", "Tên miền của địa chỉ email “{email}” không hợp lệ (ví dụ đúng: ten@gmail.com)."),
        "qr.birth_date": translate("Messages", "ngày sinh"),
        "qr.issue_date": translate("Messages", "ngày cấp"),
        "qr.date_format": translate(
            "Messages", "Mã QR: {what} “{text}” không đúng dạng ngàyThángNăm (ddMMyyyy)."),
        "qr.no_such_date": translate("Messages", "Mã QR: {what} “{text}” không phải ngày có thật."),
        "qr.gender": translate(
            "Messages", "Mã QR: giới tính “{gender}” không hợp lệ (phải là Nam hoặc Nữ)."),
        "qr.wrapped": translate("Messages", "Mã QR: {problem}"),
        "qr.old_id": translate("Messages", "Mã QR: số CMND cũ “{old}” phải gồm đúng 9 chữ số."),
        "qr.name": translate("Messages", "Mã QR: thiếu họ và tên."),
        "qr.issue_before_birth": translate("Messages", "Mã QR: ngày cấp {issued} trước ngày sinh {born}."),
        "qr.empty": translate("Messages", "Mã QR trống: hãy quét lại thẻ."),
        "qr.field_count": translate(
            "Messages", "Không nhận dạng được mã QR: có {count} trường, mã QR CCCD gắn chip có {expected} "
            "trường phân cách bởi dấu |."),
        "qr.unknown_layout": translate(
            "Messages", "Không nhận dạng được mã QR: đây không phải mã QR trên thẻ CCCD."),
        "intake.required": translate("Messages", "Chưa nhập {label}."),
        "intake.too_long": translate("Messages", "{label} dài quá {limit} ký tự."),
        "label.applicant_name": translate("Messages", "họ tên người nộp"),
        "label.organization": translate("Messages", "tên tổ chức"),
        "label.address": translate("Messages", "địa chỉ"),
        "label.component_name": translate("Messages", "tên thành phần hồ sơ"),
        "label.return_address": translate("Messages", "địa chỉ nhận kết quả qua bưu chính"),
        "label.note": translate("Messages", "ghi chú"),
        "label.authorized_name": translate("Messages", "họ tên người được ủy quyền"),
        "label.authorization": translate("Messages", "giấy ủy quyền (số, ngày)"),
        "label.reason": translate("Messages", "lý do"),
        "label.supplement_reason": translate("Messages", "lý do yêu cầu bổ sung"),
        "label.refusal_reason": translate("Messages", "lý do từ chối"),
        "label.withdrawal_reason": translate("Messages", "lý do rút hồ sơ"),
        "intake.birth_future": translate("Messages", "Ngày sinh không được sau ngày hôm nay."),
        "intake.id_required": translate(
            "Messages", "Chưa nhập số định danh cá nhân (CCCD) hoặc CMND của người nộp."),
        "intake.count": translate("Messages", "Số lượng bản phải từ 0 đến 999."),
        "intake.missing_component": translate(
            "Messages", "Thiếu thành phần bắt buộc: {name}. Hướng dẫn bổ sung (Mẫu 02) hoặc nhận đủ giấy "
            "tờ trước khi tiếp nhận."),
        "intake.no_procedure": translate("Messages", "Chưa chọn thủ tục hành chính."),
        "intake.procedure_mismatch": translate("Messages", "Thủ tục không khớp với danh mục."),
        "intake.sets": translate("Messages", "Số bộ hồ sơ phải từ 1 đến 99."),
        "intake.channel": translate(
            "Messages", "Kênh tiếp nhận tại quầy phải là trực tiếp hoặc bưu chính."),
        "intake.return_method": translate("Messages", "Hình thức trả kết quả không hợp lệ."),
        "intake.fee": translate("Messages", "Phí, lệ phí phải là số tiền không âm (đồng)."),
        "intake.fee_payment": translate("Messages", "Hình thức nộp phí không hợp lệ."),
        "intake.copies": translate("Messages", "Số bản phải từ 1 đến {high}."),
        "intake.pages": translate("Messages", "Số trang mỗi bản phải từ 1 đến {high}."),
        "intake.duration_case": translate(
            "Messages", "Trường hợp thời hạn giải quyết không có trong thủ tục này."),
        "intake.duration_case_choices": translate(
            "Messages", "Trường hợp thời hạn giải quyết không có trong thủ tục này (chọn: {names})."),
        "catalog.duration_case": translate(
            "Messages", "Thủ tục {code} không có trường hợp thời hạn “{case}”."),
        "fields.future": translate("Messages", "{label} không được sau ngày hôm nay."),
        "return.id_mismatch": translate(
            "Messages", "Số giấy tờ không khớp với người nộp hồ sơ; nếu nhận thay, chọn người được ủy "
            "quyền."),
        "return.authorized_missing": translate(
            "Messages", "Chưa nhập thông tin người được ủy quyền nhận kết quả."),
        "return.waybill": translate("Messages", "Mã vận đơn bưu chính phải gồm 6–30 chữ cái hoặc chữ số."),
        "return.kind": translate("Messages", "Hình thức nhận kết quả không hợp lệ."),
        "service.dossier_not_found": translate("Messages", "Không tìm thấy hồ sơ có mã “{code}”."),
        "service.unknown_procedure": translate(
            "Messages", "Thủ tục “{code}” không có trong danh mục của đơn vị."),
        "service.unknown_form": translate("Messages", "Không có mẫu “{form}”."),
        "form.form01": translate("Messages", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)"),
        "form.form02": translate("Messages", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)"),
        "form.form03": translate("Messages", "Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)"),

        "setup.device": translate("Messages", "thiết bị"),
        "setup.catalog": translate("Messages", "danh mục thủ tục"),
        "setup.calendar": translate("Messages", "lịch làm việc"),
        "setup.missing": translate("Messages", "Quầy chưa được thiết lập: thiếu {missing}."),
        "scan.component_required": translate("Messages", "Chưa chọn thành phần hồ sơ của bản quét."),
        "scan.pages": translate("Messages", "Số trang của bản quét phải từ 1 trở lên."),
        "scan.media_type": translate("Messages", "Kiểu tệp của bản quét không hợp lệ."),
        "scan.empty": translate("Messages", "Bản quét rỗng."),
        "scan.no_components": translate("Messages", "Hồ sơ không có thành phần nào để in tờ phân cách."),
        "scan.no_pages": translate("Messages", "Chưa có trang nào để đính kèm."),
        "scan.only_separators": translate(
            "Messages", "Chưa có trang nào để đính kèm (chỉ có tờ phân cách)."),
        "scan.separator_component": translate(
            "Messages", "Tờ phân cách ghi thành phần số {index}, hồ sơ chỉ có {count} thành phần."),
        "scan.escl_address": translate(
            "Messages", "Địa chỉ máy quét mạng phải bắt đầu bằng http:// hoặc https://: {address}"),
        "scan.no_folder": translate(
            "Messages", "Không có thư mục {folder} (hoặc máy tính không vào được)."),
        "prefs.language": translate("Messages", "Ngôn ngữ phải là tiếng Việt hoặc tiếng Anh."),
        "prefs.idle_lock": translate("Messages", "Thời gian tự khóa màn hình phải từ 1 đến 240 phút."),
        "prefs.scanner_port": translate(
            "Messages", "Chưa chọn cổng COM của máy quét (hoặc bỏ chọn chế độ cổng COM)."),
        "prefs.scanner_baud": translate("Messages", "Tốc độ cổng COM phải là một trong: {choices}."),
        "prefs.unknown_procedures": translate("Messages", "Thủ tục không có trong danh mục: {codes}."),
        "auth.locked": translate(
            "Messages", "Tài khoản tạm khóa do nhập sai mật khẩu {failures} lần; mở khóa lúc {time}."),
        "auth.username_format": translate(
            "Messages", "Tên đăng nhập gồm 3–64 chữ thường, số, '.', '_' hoặc '-'."),
        "auth.role": translate("Messages", "Vai trò phải là một trong: {roles}."),
        "auth.password_short": translate("Messages", "Mật khẩu phải có ít nhất 8 ký tự."),
        "auth.full_name": translate("Messages", "Chưa nhập họ tên cán bộ."),
        "auth.password_mismatch": translate("Messages", "Hai lần nhập mật khẩu không khớp."),
        "auth.username_exists": translate("Messages", "Tên đăng nhập “{username}” đã có."),
        "auth.no_account": translate("Messages", "Không có tài khoản này ở quầy."),
        "auth.invalid": translate("Messages", "Sai tên đăng nhập hoặc mật khẩu."),
        "auth.invalid_last_try": translate(
            "Messages", "Sai tên đăng nhập hoặc mật khẩu. Còn 1 lần thử; sai lần nữa tài khoản sẽ bị tạm "
            "khóa."),
        "enroll.address": translate(
            "Messages", "Địa chỉ hệ thống tỉnh phải bắt đầu bằng https:// (hoặc http://)."),
        "enroll.code_required": translate("Messages", "Chưa nhập mã đăng ký thiết bị."),
        "enroll.no_lane": translate(
            "Messages", "Mã đăng ký này không gắn với số quầy nên máy không cấp được mã hồ sơ; đề nghị "
            "quản trị cấp mã đăng ký có số quầy."),
        "enroll.other_unit": translate(
            "Messages", "Máy này đang giữ hồ sơ của đơn vị {other}; không thể đăng ký vào đơn vị {unit}. "
            "Hãy dùng mã đăng ký của đơn vị {other}."),
        "files.write": translate("Messages", "Không lưu được tệp vào {root}: {error}"),
        "sync.offline": translate("Messages", "Không kết nối được hệ thống tỉnh"),
        "sync.not_json": translate("Messages", "Dữ liệu không gửi được dưới dạng JSON: {error}"),
        "sync.bad_address": translate("Messages", "Địa chỉ hệ thống tỉnh không hợp lệ: {address}"),
        "sync.unreadable": translate("Messages", "Hệ thống tỉnh trả lời không đọc được."),
        "sync.bad_enroll": translate("Messages", "Hệ thống tỉnh trả lời đăng ký thiết bị không đúng dạng."),
        "sync.bad_login": translate("Messages", "Hệ thống tỉnh trả lời đăng nhập không đúng dạng."),
        "sync.bad_results": translate(
            "Messages", "Hệ thống tỉnh trả lời thiếu kết quả cho các sự kiện đã gửi."),
        "sync.bad_changes": translate(
            "Messages", "Hệ thống tỉnh trả lời danh sách thay đổi không đúng dạng."),
        "sync.missing_field": translate("Messages", "Hệ thống tỉnh trả lời thiếu {name}."),
        "sync.token_refused": translate("Messages", "Hệ thống tỉnh không chấp nhận mã thiết bị của quầy."),
        "sync.server_error": translate(
            "Messages", "Hệ thống tỉnh đang gặp lỗi (mã {status}); quầy sẽ thử lại sau."),
        "sync.refused": translate("Messages", "Hệ thống tỉnh từ chối yêu cầu (mã {status})."),
        "sync.not_enrolled": translate(
            "Messages", "Quầy chưa đăng ký với hệ thống tỉnh; cần mã đăng ký do quản trị cấp."),
        "sync.local_error": translate("Messages", "Lỗi tại quầy khi đồng bộ: {kind}"),
        "sync.mismatch": translate("Messages", "Hệ thống tỉnh trả lời không khớp các sự kiện đã gửi."),
        "sync.sending_events": translate("Messages", "Đang gửi {count} sự kiện lên hệ thống tỉnh"),
        "sync.uploading": translate("Messages", "Đang gửi tệp quét {sha}…"),
        "sync.pulling": translate("Messages", "Đang nhận tiến độ xử lý từ hệ thống tỉnh"),
        "sync.reference": translate("Messages", "Đang cập nhật danh mục thủ tục và lịch làm việc"),
        "sync.bad_catalog": translate(
            "Messages", "Danh mục thủ tục từ hệ thống tỉnh không hợp lệ: {error}"),
        "sync.bad_calendar": translate("Messages", "Lịch làm việc năm {year} không hợp lệ: {error}"),
        "sync.file_gone": translate("Messages", "Tệp quét {sha}… không còn trong máy."),
        "sync.file_damaged": translate(
            "Messages", "Tệp quét {sha}… trong máy đã hỏng (không khớp SHA-256)."),
        "sync.running": translate("Messages", "Đang đồng bộ với hệ thống tỉnh"),
        "sync.stopped": translate("Messages", "Đã dừng đồng bộ"),
        "sync.offline_retry": translate("Messages", "Không kết nối được hệ thống tỉnh; thử lại lúc {time}"),
        "sync.error_retry": translate("Messages", "{error} Thử lại lúc {time}."),
        "sync.done": translate("Messages", "Đã đồng bộ lúc {time}"),
        "sync.done_pending": translate("Messages", "Đã đồng bộ lúc {time}; còn {pending} sự kiện chờ gửi"),
        "sync.done_set_aside": translate(
            "Messages", "Đã đồng bộ lúc {time}; {set_aside} sự kiện bị từ chối, cần kiểm tra"),
        "sync.done_pending_set_aside": translate(
            "Messages", "Đã đồng bộ lúc {time}; còn {pending} sự kiện chờ gửi; {set_aside} sự kiện bị từ "
            "chối, cần kiểm tra"),
        "export.disk_full": translate("Messages", "ổ đĩa đã đầy"),
        "export.no_permission": translate("Messages", "không có quyền ghi vào thư mục này"),
        "export.no_folder": translate("Messages", "thư mục không tồn tại"),
        "export.unknown_format": translate("Messages", "Không xuất được báo cáo ra định dạng “{format}”."),
        "export.write_failed": translate(
            "Messages", "Không lưu được tệp “{name}”: {reason}. Tệp cũ (nếu có) vẫn giữ nguyên."),
        "sync.bad_report": translate("Messages", "Hệ thống tỉnh trả lời {what} không đúng dạng."),
        "sync.report_unbalanced": translate(
            "Messages", "Biểu 06 của hệ thống tỉnh không cân (tiếp nhận ≠ đã giải quyết + đang giải quyết)."),
        "rating.not_returned": translate(
            "Messages", "Chỉ đánh giá được hồ sơ đã trả kết quả; hồ sơ {code} đang ở trạng thái “{status}”."),
        "rating.already_rated": translate(
            "Messages", "Hồ sơ {code} đã được đánh giá lúc {when}; mỗi hồ sơ chỉ đánh giá một lần."),
        "rating.already_skipped": translate(
            "Messages", "Hồ sơ {code} đã ghi nhận bỏ qua đánh giá lúc {when}; "
            "mỗi hồ sơ chỉ đánh giá một lần."),
        "dashboard.forbidden": translate(
            "Messages", "Bảng điều hành chỉ dành cho giám sát viên và quản trị viên; tài khoản này không có "
            "quyền xem."),
        "dashboard.days_range": translate(
            "Messages", "Số ngày chờ nhận kết quả phải là số nguyên từ {low} đến {high}."),
        "dashboard.period": translate("Messages", "Kỳ thống kê phải là 7, 30 hoặc 90 ngày."),
        "report.cancelled": translate("Messages", "Đã hủy lập báo cáo."),
        "report.scope_choice": translate("Messages", "Phạm vi báo cáo phải là quầy hoặc đơn vị."),
        "report.unit_forbidden": translate(
            "Messages", "Cán bộ tiếp nhận chỉ xem được số liệu của quầy mình; số liệu của đơn vị dành cho "
            "lãnh đạo bộ phận một cửa và quản trị viên."),
        "report.period_order": translate(
            "Messages", "Ngày cuối kỳ ({end}) đứng trước ngày đầu kỳ ({start})."),
        "report.period_too_long": translate("Messages", "Kỳ báo cáo dài quá 5 năm; hãy chọn kỳ ngắn hơn."),
        "report.not_a_figure": translate("Messages", "Cột này không phải một số liệu của Biểu 06."),
        "report.no_such_row": translate("Messages", "Biểu 06 không có dòng lĩnh vực “{row}”."),
        "report.group_choice": translate(
            "Messages", "Chỉ số được tổng hợp theo quầy, đơn vị, lĩnh vực hoặc thủ tục."),
        "report.no_drill": translate("Messages", "Chỉ Biểu 06 có danh sách hồ sơ theo từng ô số liệu."),
        "setup.enroll_failed": translate(
            "Messages", "Chưa đăng ký được máy với hệ thống tỉnh ({url}): {error}"),
        "period.order": translate(
            "Messages", "Ngày kết thúc ({end}) trước ngày bắt đầu ({start}); hãy chọn"
            " lại khoảng thời gian."),
        "period.start_future": translate(
            "Messages", "Ngày bắt đầu ({start}) chưa đến; báo cáo chỉ lập được cho ng"
            "ày đã qua hoặc hôm nay."),
        "period.end_future": translate(
            "Messages", "Ngày kết thúc ({end}) chưa đến; hãy chọn đến ngày {today} ho"
            "ặc sớm hơn."),
        "intake.notify_channel": translate(
            "Messages", "Kênh nhận thông báo không hợp lệ."),
        "intake.notify_no_phone": translate(
            "Messages", "Để báo tin qua {channel} cần số điện thoại di động của người "
            "nộp (chưa có số điện thoại); nếu không có, chọn “Không nhận "
            "thông báo”."),
        "intake.notify_landline": translate(
            "Messages", "Để báo tin qua {channel} cần số điện thoại di động của người "
            "nộp (số điện thoại là số máy bàn); nếu không có, chọn “Không "
            "nhận thông báo”."),
        "sync.uploads_busy": translate(
            "Messages", "Hệ thống tỉnh đang nhận nhiều tệp quét của đơn vị cùng lúc; "
            "quầy sẽ gửi tiếp ở lượt sau."),
    }
