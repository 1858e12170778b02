"""Typed messages for the clerk: a stable code, its arguments, and the Vietnamese template."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Union

# An argument is data (a code, a number, a name typed by the clerk: shown as is), another
# message (a label or a status name, translated with the sentence), or several of either
# (joined with ", ").
Arg = Union[str, int, "Message", tuple[Union[str, int, "Message"], ...]]


@dataclass(frozen=True)
class Message:
    """What to tell the clerk, independent of the language: ``code`` names a template.

    ``text`` is the Vietnamese sentence (logs, ``str(error)``, the Vietnamese UI); the UI turns
    the same message into the clerk's language (counter_app/ui/messages.py).
    """

    code: str
    args: Mapping[str, Arg] = field(default_factory=dict, hash=False)
    clause: bool = False  # inside another sentence: its first letter in lower case

    @property
    def text(self) -> str:
        return render(self, vietnamese)

    def as_clause(self) -> Message:
        """This message continuing another sentence ("Số định danh của cha: số giấy tờ…")."""
        return Message(self.code, self.args, clause=True)

    def __str__(self) -> str:
        return self.text


def msg(code: str, /, **args: Arg) -> Message:
    """``msg("cccd.length", got="123")``: a Message whose code must be in the catalogue."""
    if code not in CATALOG:
        raise KeyError(f"no message template {code!r}")
    return Message(code, args)


def vietnamese(code: str) -> str:
    return CATALOG[code]


def render(message: Message, template: Callable[[str], str]) -> str:
    """Fill the template `template(code)` with the arguments, nested messages rendered alike."""
    def one(value: str | int | Message) -> str | int:
        return render(value, template) if isinstance(value, Message) else value

    args: dict[str, str | int] = {}
    for key, value in message.args.items():
        if isinstance(value, tuple):
            args[key] = ", ".join(str(one(v)) for v in value)
        else:
            args[key] = one(value)
    source = template(message.code)
    out = source.format(**args)
    if message.clause:
        return out[:1].lower() + out[1:]
    if source.startswith("{") and out[:1].islower():
        out = out[:1].upper() + out[1:]  # a sentence that starts with a label ("{label} dài quá…")
    return out



def text_of(error: BaseException) -> str:
    """The Vietnamese text of any error: its Message when it carries one, else str(error)."""
    typed = getattr(error, "msg", None)
    return typed.text if isinstance(typed, Message) else str(error)


# The catalogue: code → Vietnamese template ({name} placeholders). The UI holds the same
# literals in counter_app/ui/messages.py for the translation tools; a test keeps them equal.
CATALOG: Mapping[str, str] = {
    # --- generic
    "text": "{text}",  # words from elsewhere (the central service's own), shown as they came
    "labelled": "{label}: {problem}",
    # --- dossier statuses and actors (core.dossier)
    "status.none": "chưa có hồ sơ",
    "status.named": "{number} – {label}",
    "status.1": "Mới (trực tuyến, chưa tiếp nhận)",
    "status.2": "Đã tiếp nhận",
    "status.3": "Từ chối tiếp nhận",
    "status.4": "Đang xử lý",
    "status.5": "Yêu cầu bổ sung",
    "status.6": "Chờ thực hiện nghĩa vụ tài chính",
    "status.7": "Công dân rút hồ sơ",
    "status.8": "Dừng xử lý",
    "status.9": "Đã có kết quả",
    "status.10": "Đã trả kết quả",
    "actor.counter": "bộ phận một cửa",
    "actor.back_office": "cơ quan giải quyết",
    "transition.terminal": "Hồ sơ đã kết thúc ({current}); không thể chuyển sang {target}.",
    "transition.invalid": "Không thể chuyển hồ sơ từ trạng thái {current} sang {target}.",
    "transition.already_received":
        "Hồ sơ đã được tiếp nhận trước đó; bổ sung xong thì chuyển sang đang xử lý.",
    "transition.not_received": "Hồ sơ chưa được tiếp nhận; cần tiếp nhận trước khi xử lý.",
    "transition.wrong_actor": "Chỉ {who} được chuyển hồ sơ sang trạng thái {target}.",
    "transition.before_receipt": "Thời điểm chuyển trạng thái trước thời điểm tiếp nhận.",
    # --- deadlines
    "reschedule.once": "Hồ sơ chỉ được gia hạn thời gian giải quyết không quá 1 lần"
                       " trong suốt quá trình giải quyết hồ sơ.",
    "reschedule.not_later": "Ngày hẹn trả mới phải sau ngày hẹn trả hiện tại.",
    # --- dossier codes (core.codes)
    "code.lane_exhausted": "Quầy đã dùng hết dải số {ranges} hôm nay ({day}); "
                           "liên hệ quản trị để cấp thêm dải số.",
    "code.unit_empty": "Chưa cấu hình mã đơn vị tiếp nhận.",
    "code.unit_space": "Mã đơn vị “{code}” không được chứa dấu cách.",
    "code.unit_dash": "Mã đơn vị “{code}” không được chứa dấu gạch ngang (-), "
                      "vì dấu này ngăn cách các phần của mã hồ sơ.",
    "code.unit_chars": "Mã đơn vị “{code}” chỉ được gồm chữ không dấu, chữ số và dấu chấm "
                       "(ký tự ASCII).",
    "code.year": "Năm {year} nằm ngoài khoảng 2000–2099 của mã hồ sơ.",
    "code.seq": "Số thứ tự {seq} của mã hồ sơ phải trong khoảng 0001–9999.",
    "code.format": "Mã hồ sơ “{code}” không đúng dạng <mã đơn vị>-<yyMMdd>-<số thứ tự 4 chữ số>.",
    "code.date": "Mã hồ sơ “{code}” chứa ngày không có thật ({day}).",
    "code.typed_format": "Mã hồ sơ “{code}” không đúng dạng: nhập đủ mã (ví dụ {example_full}), "
                         "hoặc ngày và số ({example_day}), hoặc chỉ số thứ tự của hồ sơ nhận hôm "
                         "nay (0001).",
    # --- dates typed by the clerk (core.datetext)
    "date.label": "Ngày",
    "date.format": "{label} không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ {example}.",
    "date.no_month": "Ngày {date} không có thật: tháng chỉ từ 1 đến 12.",
    "date.no_day": "Ngày {date} không có thật: tháng {month}/{year} chỉ có {days} ngày.",
    # --- identity numbers, phone, email, QR (core.identity)
    "gender.male": "Nam",
    "gender.female": "Nữ",
    "gender.unknown": "Giới tính không hợp lệ: “{gender}” (chỉ chấp nhận Nam hoặc Nữ).",
    "cccd.length": "Số CCCD phải gồm đúng 12 chữ số (nhận được “{got}”).",
    "cccd.province": "Số CCCD có mã tỉnh “{province}” không tồn tại (3 chữ số đầu).",
    "cccd.century": "Chữ số thứ 4 của số CCCD ({digit}) chỉ người sinh năm {first}–{last}, "
                    "không khớp năm sinh {year}.",
    "cccd.birth_year": "Chữ số thứ 5–6 của số CCCD ({digits}) phải là hai số cuối của năm sinh "
                       "{year}.",
    "cccd.gender": "Chữ số thứ 4 của số CCCD ({digit}) chỉ giới tính {gender}, không khớp giới "
                   "tính {expected}.",
    "cmnd.length": "Số CMND phải gồm đúng 9 chữ số (nhận được “{got}”).",
    "id.length": "Số giấy tờ tùy thân phải gồm 12 chữ số (CCCD) hoặc 9 chữ số (CMND) "
                 "(nhận được “{got}”).",
    "phone.empty": "Chưa nhập số điện thoại.",
    "phone.chars": "Số điện thoại “{phone}” chứa ký tự không hợp lệ (chỉ dùng chữ số, dấu cách, "
                   "dấu chấm, gạch ngang, ngoặc đơn và dấu + ở đầu).",
    "phone.country": "Số điện thoại “{phone}” không phải số Việt Nam (mã quốc gia phải là +84).",
    "phone.start": "Số điện thoại “{phone}” phải bắt đầu bằng 0 hoặc +84.",
    "phone.prefix": "Số điện thoại “{phone}” có đầu số không hợp lệ (di động bắt đầu 03, 05, 07, "
                    "08, 09; cố định bắt đầu 02).",
    "phone.too_short.mobile": "Số điện thoại “{phone}” quá ngắn: số di động phải có {digits} "
                              "chữ số.",
    "phone.too_short.landline": "Số điện thoại “{phone}” quá ngắn: số cố định phải có {digits} "
                                "chữ số.",
    "phone.too_long.mobile": "Số điện thoại “{phone}” quá dài: số di động phải có {digits} "
                             "chữ số.",
    "phone.too_long.landline": "Số điện thoại “{phone}” quá dài: số cố định phải có {digits} "
                               "chữ số.",
    "email.empty": "Chưa nhập địa chỉ email.",
    "email.space": "Địa chỉ email “{email}” không được chứa dấu cách.",
    "email.at": "Địa chỉ email “{email}” phải có đúng một ký tự @.",
    "email.local": "Địa chỉ email “{email}” thiếu phần trước @.",
    "email.domain": "Tên miền của địa chỉ email “{email}” không hợp lệ (ví dụ đúng: "
                    "ten@gmail.com).",
    "qr.birth_date": "ngày sinh",
    "qr.issue_date": "ngày cấp",
    "qr.date_format": "Mã QR: {what} “{text}” không đúng dạng ngàyThángNăm (ddMMyyyy).",
    "qr.no_such_date": "Mã QR: {what} “{text}” không phải ngày có thật.",
    "qr.gender": "Mã QR: giới tính “{gender}” không hợp lệ (phải là Nam hoặc Nữ).",
    "qr.wrapped": "Mã QR: {problem}",
    "qr.old_id": "Mã QR: số CMND cũ “{old}” phải gồm đúng 9 chữ số.",
    "qr.name": "Mã QR: thiếu họ và tên.",
    "qr.issue_before_birth": "Mã QR: ngày cấp {issued} trước ngày sinh {born}.",
    "qr.empty": "Mã QR trống: hãy quét lại thẻ.",
    "qr.field_count": "Không nhận dạng được mã QR: có {count} trường, mã QR CCCD gắn chip có "
                      "{expected} trường phân cách bởi dấu |.",
    "qr.unknown_layout": "Không nhận dạng được mã QR: đây không phải mã QR trên thẻ CCCD.",
    # --- the intake form (core.intake, core.procedure_fields)
    "intake.required": "Chưa nhập {label}.",
    "intake.too_long": "{label} dài quá {limit} ký tự.",
    "label.applicant_name": "họ tên người nộp",
    "label.organization": "tên tổ chức",
    "label.address": "địa chỉ",
    "label.component_name": "tên thành phần hồ sơ",
    "label.return_address": "địa chỉ nhận kết quả qua bưu chính",
    "label.note": "ghi chú",
    "label.authorized_name": "họ tên người được ủy quyền",
    "label.authorization": "giấy ủy quyền (số, ngày)",
    "label.reason": "lý do",
    "label.supplement_reason": "lý do yêu cầu bổ sung",
    "label.refusal_reason": "lý do từ chối",
    "label.withdrawal_reason": "lý do rút hồ sơ",
    "intake.birth_future": "Ngày sinh không được sau ngày hôm nay.",
    "intake.id_required": "Chưa nhập số định danh cá nhân (CCCD) hoặc CMND của người nộp.",
    "intake.count": "Số lượng bản phải từ 0 đến 999.",
    "intake.missing_component": "Thiếu thành phần bắt buộc: {name}. Hướng dẫn bổ sung (Mẫu 02) "
                                "hoặc nhận đủ giấy tờ trước khi tiếp nhận.",
    "intake.no_procedure": "Chưa chọn thủ tục hành chính.",
    "intake.procedure_mismatch": "Thủ tục không khớp với danh mục.",
    "intake.sets": "Số bộ hồ sơ phải từ 1 đến 99.",
    "intake.channel": "Kênh tiếp nhận tại quầy phải là trực tiếp hoặc bưu chính.",
    "intake.return_method": "Hình thức trả kết quả không hợp lệ.",
    "intake.fee": "Phí, lệ phí phải là số tiền không âm (đồng).",
    "intake.fee_payment": "Hình thức nộp phí không hợp lệ.",
    "intake.copies": "Số bản phải từ 1 đến {high}.",
    "intake.pages": "Số trang mỗi bản phải từ 1 đến {high}.",
    "intake.duration_case": "Trường hợp thời hạn giải quyết không có trong thủ tục này.",
    "intake.duration_case_choices": "Trường hợp thời hạn giải quyết không có trong thủ tục này "
                                    "(chọn: {names}).",
    "catalog.duration_case": "Thủ tục {code} không có trường hợp thời hạn “{case}”.",
    "fields.future": "{label} không được sau ngày hôm nay.",
    # --- hand-back (services.returns)
    "return.id_mismatch": "Số giấy tờ không khớp với người nộp hồ sơ; nếu nhận thay, chọn người "
                          "được ủy quyền.",
    "return.authorized_missing": "Chưa nhập thông tin người được ủy quyền nhận kết quả.",
    "return.waybill": "Mã vận đơn bưu chính phải gồm 6–30 chữ cái hoặc chữ số.",
    "return.kind": "Hình thức nhận kết quả không hợp lệ.",
    # --- services
    "service.dossier_not_found": "Không tìm thấy hồ sơ có mã “{code}”.",
    "service.unknown_procedure": "Thủ tục “{code}” không có trong danh mục của đơn vị.",
    "service.unknown_form": "Không có mẫu “{form}”.",
    "form.form01": "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)",
    "form.form02": "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)",
    "form.form03": "Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)",

    "setup.device": "thiết bị",
    "setup.catalog": "danh mục thủ tục",
    "setup.calendar": "lịch làm việc",
    "setup.missing": "Quầy chưa được thiết lập: thiếu {missing}.",
    "scan.component_required": "Chưa chọn thành phần hồ sơ của bản quét.",
    "scan.pages": "Số trang của bản quét phải từ 1 trở lên.",
    "scan.media_type": "Kiểu tệp của bản quét không hợp lệ.",
    "scan.empty": "Bản quét rỗng.",
    "scan.no_components": "Hồ sơ không có thành phần nào để in tờ phân cách.",
    "scan.no_pages": "Chưa có trang nào để đính kèm.",
    "scan.only_separators": "Chưa có trang nào để đính kèm (chỉ có tờ phân cách).",
    "scan.separator_component": "Tờ phân cách ghi thành phần số {index}, hồ sơ chỉ có {count} "
                                "thành phần.",
    "scan.escl_address": "Địa chỉ máy quét mạng phải bắt đầu bằng http:// hoặc https://: "
                         "{address}",
    "scan.no_folder": "Không có thư mục {folder} (hoặc máy tính không vào được).",
    "prefs.language": "Ngôn ngữ phải là tiếng Việt hoặc tiếng Anh.",
    "prefs.idle_lock": "Thời gian tự khóa màn hình phải từ 1 đến 240 phút.",
    "prefs.scanner_port": "Chưa chọn cổng COM của máy quét (hoặc bỏ chọn chế độ cổng COM).",
    "prefs.scanner_baud": "Tốc độ cổng COM phải là một trong: {choices}.",
    "prefs.unknown_procedures": "Thủ tục không có trong danh mục: {codes}.",
    "auth.locked": "Tài khoản tạm khóa do nhập sai mật khẩu {failures} lần; mở khóa lúc {time}.",
    "auth.username_format": "Tên đăng nhập gồm 3–64 chữ thường, số, '.', '_' hoặc '-'.",
    "auth.role": "Vai trò phải là một trong: {roles}.",
    "auth.password_short": "Mật khẩu phải có ít nhất 8 ký tự.",
    "auth.full_name": "Chưa nhập họ tên cán bộ.",
    "auth.password_mismatch": "Hai lần nhập mật khẩu không khớp.",
    "auth.username_exists": "Tên đăng nhập “{username}” đã có.",
    "auth.no_account": "Không có tài khoản này ở quầy.",
    "auth.invalid": "Sai tên đăng nhập hoặc mật khẩu.",
    "auth.invalid_last_try": "Sai tên đăng nhập hoặc mật khẩu. Còn 1 lần thử; sai lần nữa tài "
                             "khoản sẽ bị tạm khóa.",
    "enroll.address": "Địa chỉ hệ thống tỉnh phải bắt đầu bằng https:// (hoặc http://).",
    "enroll.code_required": "Chưa nhập mã đăng ký thiết bị.",
    "enroll.no_lane": "Mã đăng ký này không gắn với số quầy nên máy không cấp được mã hồ sơ; "
                      "đề nghị quản trị cấp mã đăng ký có số quầy.",
    "enroll.other_unit": "Máy này đang giữ hồ sơ của đơn vị {other}; không thể đăng ký vào đơn vị "
                         "{unit}. Hãy dùng mã đăng ký của đơn vị {other}.",
    # --- storage
    "files.write": "Không lưu được tệp vào {root}: {error}",
    # --- sync (client, engine, worker)
    "sync.offline": "Không kết nối được hệ thống tỉnh",
    "sync.not_json": "Dữ liệu không gửi được dưới dạng JSON: {error}",
    "sync.bad_address": "Địa chỉ hệ thống tỉnh không hợp lệ: {address}",
    "sync.unreadable": "Hệ thống tỉnh trả lời không đọc được.",
    "sync.bad_enroll": "Hệ thống tỉnh trả lời đăng ký thiết bị không đúng dạng.",
    "sync.bad_login": "Hệ thống tỉnh trả lời đăng nhập không đúng dạng.",
    "sync.bad_results": "Hệ thống tỉnh trả lời thiếu kết quả cho các sự kiện đã gửi.",
    "sync.bad_changes": "Hệ thống tỉnh trả lời danh sách thay đổi không đúng dạng.",
    "sync.missing_field": "Hệ thống tỉnh trả lời thiếu {name}.",
    "sync.token_refused": "Hệ thống tỉnh không chấp nhận mã thiết bị của quầy.",
    "sync.server_error": "Hệ thống tỉnh đang gặp lỗi (mã {status}); quầy sẽ thử lại sau.",
    "sync.refused": "Hệ thống tỉnh từ chối yêu cầu (mã {status}).",
    "sync.not_enrolled": "Quầy chưa đăng ký với hệ thống tỉnh; cần mã đăng ký do quản trị cấp.",
    "sync.local_error": "Lỗi tại quầy khi đồng bộ: {kind}",
    "sync.mismatch": "Hệ thống tỉnh trả lời không khớp các sự kiện đã gửi.",
    "sync.sending_events": "Đang gửi {count} sự kiện lên hệ thống tỉnh",
    "sync.uploading": "Đang gửi tệp quét {sha}…",
    "sync.pulling": "Đang nhận tiến độ xử lý từ hệ thống tỉnh",
    "sync.reference": "Đang cập nhật danh mục thủ tục và lịch làm việc",
    "sync.bad_catalog": "Danh mục thủ tục từ hệ thống tỉnh không hợp lệ: {error}",
    "sync.bad_calendar": "Lịch làm việc năm {year} không hợp lệ: {error}",
    "sync.file_gone": "Tệp quét {sha}… không còn trong máy.",
    "sync.file_damaged": "Tệp quét {sha}… trong máy đã hỏng (không khớp SHA-256).",
    "sync.running": "Đang đồng bộ với hệ thống tỉnh",
    "sync.stopped": "Đã dừng đồng bộ",
    "sync.offline_retry": "Không kết nối được hệ thống tỉnh; thử lại lúc {time}",
    "sync.error_retry": "{error} Thử lại lúc {time}.",
    "sync.done": "Đã đồng bộ lúc {time}",
    "sync.done_pending": "Đã đồng bộ lúc {time}; còn {pending} sự kiện chờ gửi",
    "sync.done_set_aside": "Đã đồng bộ lúc {time}; {set_aside} sự kiện bị từ chối, cần kiểm tra",
    "sync.done_pending_set_aside": "Đã đồng bộ lúc {time}; còn {pending} sự kiện chờ gửi; "
                                   "{set_aside} sự kiện bị từ chối, cần kiểm tra",
    # --- reports, exports, dashboard, rating, provisioning (issue 9, 10)
    "export.disk_full": "ổ đĩa đã đầy",
    "export.no_permission": "không có quyền ghi vào thư mục này",
    "export.no_folder": "thư mục không tồn tại",
    "export.unknown_format": "Không xuất được báo cáo ra định dạng “{format}”.",
    "export.write_failed": "Không lưu được tệp “{name}”: {reason}. Tệp cũ (nếu có) vẫn giữ nguyên.",
    "sync.bad_report": "Hệ thống tỉnh trả lời {what} không đúng dạng.",
    "sync.report_unbalanced": "Biểu 06 của hệ thống tỉnh không cân (tiếp nhận ≠ đã giải "
        "quyết + đang giải quyết).",
    "rating.not_returned": "Chỉ đánh giá được hồ sơ đã trả kết quả; hồ sơ {code} đang ở "
        "trạng thái “{status}”.",
    "rating.already_rated": "Hồ sơ {code} đã được đánh giá lúc {when}; mỗi hồ sơ chỉ đánh giá một lần.",
    "rating.already_skipped": "Hồ sơ {code} đã ghi nhận bỏ qua đánh giá lúc {when}; mỗi hồ "
        "sơ chỉ đánh giá một lần.",
    "dashboard.forbidden": "Bảng điều hành chỉ dành cho giám sát viên và quản trị viên; "
        "tài khoản này không có "
        "quyền xem.",
    "dashboard.days_range": "Số ngày chờ nhận kết quả phải là số nguyên từ {low} đến {high}.",
    "dashboard.period": "Kỳ thống kê phải là 7, 30 hoặc 90 ngày.",
    "report.cancelled": "Đã hủy lập báo cáo.",
    "report.scope_choice": "Phạm vi báo cáo phải là quầy hoặc đơn vị.",
    "report.unit_forbidden": "Cán bộ tiếp nhận chỉ xem được số liệu của quầy mình; số liệu "
        "của đơn vị dành cho "
        "lãnh đạo bộ phận một cửa và quản trị viên.",
    "report.period_order": "Ngày cuối kỳ ({end}) đứng trước ngày đầu kỳ ({start}).",
    "report.period_too_long": "Kỳ báo cáo dài quá 5 năm; hãy chọn kỳ ngắn hơn.",
    "report.not_a_figure": "Cột này không phải một số liệu của Biểu 06.",
    "report.no_such_row": "Biểu 06 không có dòng lĩnh vực “{row}”.",
    "report.group_choice": "Chỉ số được tổng hợp theo quầy, đơn vị, lĩnh vực hoặc thủ tục.",
    "report.no_drill": "Chỉ Biểu 06 có danh sách hồ sơ theo từng ô số liệu.",
    "setup.enroll_failed": "Chưa đăng ký được máy với hệ thống tỉnh ({url}): {error}",
    "period.order": "Ngày kết thúc ({end}) trước ngày bắt đầu ({start}); hãy chọn"
        " lại khoảng thời gian.",
    "period.start_future": "Ngày bắt đầu ({start}) chưa đến; báo cáo chỉ lập được cho ng"
        "ày đã qua hoặc hôm nay.",
    "period.end_future": "Ngày kết thúc ({end}) chưa đến; hãy chọn đến ngày {today} ho"
        "ặc sớm hơn.",
    "intake.notify_channel": "Kênh nhận thông báo không hợp lệ.",
    "intake.notify_no_phone": "Để báo tin qua {channel} cần số điện thoại di động của người "
        "nộp (chưa có số điện thoại); nếu không có, chọn “Không nhận "
        "thông báo”.",
    "intake.notify_landline": "Để báo tin qua {channel} cần số điện thoại di động của người "
        "nộp (số điện thoại là số máy bàn); nếu không có, chọn “Không "
        "nhận thông báo”.",
    "sync.uploads_busy": "Hệ thống tỉnh đang nhận nhiều tệp quét của đơn vị cùng lúc; "
        "quầy sẽ gửi tiếp ở lượt sau.",
}
