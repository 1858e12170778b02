<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>ApplicantForm</name>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="33"/>
        <source>Họ và tên như trên giấy tờ tùy thân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="34"/>
        <source>12 số CCCD hoặc 9 số CMND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="36"/>
        <source>ngày/tháng/năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="40"/>
        <source>Nam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="40"/>
        <source>Nữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="42"/>
        <source>Số nhà, thôn/tổ dân phố, xã/phường, tỉnh/thành phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="43"/>
        <source>ví dụ 0912 345 678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="44"/>
        <source>không bắt buộc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="78"/>
        <source>&amp;Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="79"/>
        <source>Số định &amp;danh (CCCD/CMND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="84"/>
        <source>&amp;Giới tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="88"/>
        <source>Ngày &amp;sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="89"/>
        <source>Đị&amp;a chỉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="90"/>
        <source>Điện th&amp;oại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="91"/>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="188"/>
        <source>Ngày sinh không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/03/2003.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="192"/>
        <source>Ngày sinh không được sau ngày hôm nay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComponentsModel</name>
    <message>
        <location filename="../../counter_app/ui/intake/components_table.py" line="44"/>
        <source>Đã nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/components_table.py" line="44"/>
        <source>Thành phần hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/components_table.py" line="44"/>
        <source>Bản chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/components_table.py" line="45"/>
        <source>Bản chứng thực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/components_table.py" line="45"/>
        <source>Bản photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/components_table.py" line="84"/>
        <source>Dấu cách: đánh dấu đã nộp hoặc bỏ đánh dấu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/components_table.py" line="94"/>
        <source>Bắt buộc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/components_table.py" line="94"/>
        <source>Không bắt buộc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComponentsPanel</name>
    <message>
        <location filename="../../counter_app/ui/intake/components_table.py" line="194"/>
        <source>* Thành phần bắt buộc. Dấu cách đánh dấu đã nộp; gõ số để sửa số bản.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComponentsView</name>
    <message>
        <location filename="../../counter_app/ui/intake/components_table.py" line="164"/>
        <source>Chọn thủ tục để hiện danh sách thành phần hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterStatusBar</name>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="35"/>
        <source>Chờ gửi: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="39"/>
        <source>● Đã kết nối hệ thống tỉnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="40"/>
        <source>○ Ngoại tuyến — dữ liệu lưu tại quầy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="42"/>
        <source>Đồng bộ lần cuối: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="46"/>
        <source>Máy in: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="47"/>
        <source>mặc định của hệ thống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="50"/>
        <source>Cán bộ: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="56"/>
        <source>Chờ gửi: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="58"/>
        <source>bị từ chối: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierCard</name>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="38"/>
        <source>Thông tin hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="55"/>
        <source>Mã hồ sơ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="55"/>
        <source>Thủ tục:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="56"/>
        <source>Người nộp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="57"/>
        <source>Số định danh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="58"/>
        <source>Điện thoại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="58"/>
        <source>Tiếp nhận lúc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="59"/>
        <source>Hẹn trả kết quả:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="60"/>
        <source>Trạng thái:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="61"/>
        <source>Nhận kết quả:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="62"/>
        <source>Thành phần hồ sơ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="71"/>
        <location filename="../../counter_app/ui/returns/card.py" line="72"/>
        <location filename="../../counter_app/ui/returns/card.py" line="95"/>
        <source>(không có)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="80"/>
        <source>%s (quá hạn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="87"/>
        <source>Gửi qua bưu chính công ích</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="90"/>
        <source>Trực tuyến, vào tài khoản trên Cổng Dịch vụ công</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="91"/>
        <source>Tại bộ phận một cửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="98"/>
        <source>%d bản chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="99"/>
        <source>%d bản chứng thực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="100"/>
        <source>%d bản photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="103"/>
        <source>Số bộ hồ sơ: %d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="55"/>
        <source>Mã hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="55"/>
        <source>Người nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="55"/>
        <source>Thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="56"/>
        <source>Tiếp nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="56"/>
        <source>Hẹn trả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="56"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="177"/>
        <source>%s – quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="182"/>
        <source>Số định danh: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="184"/>
        <source>Điện thoại: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeSlice</name>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="64"/>
        <source>Yêu cầu bổ sung (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="65"/>
        <source>Từ chối (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="66"/>
        <source>Tiếp nhận (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="68"/>
        <source>Xóa trắng biểu mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="105"/>
        <source>Số CMND cũ: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="107"/>
        <source>Đã điền thông tin người nộp từ mã QR của thẻ CCCD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="128"/>
        <source>Đã khôi phục hồ sơ đang nhập dở.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="150"/>
        <source>Đang tiếp nhận hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="181"/>
        <source>Đang lưu phiếu yêu cầu bổ sung…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="185"/>
        <source>Đang lưu phiếu từ chối…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="196"/>
        <source>Chưa chọn thủ tục hành chính.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="216"/>
        <source>Đã tiếp nhận hồ sơ {code} · Hẹn trả {appointment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="219"/>
        <source>Đã lưu phiếu từ chối tiếp nhận hồ sơ {code} (Mẫu 03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="222"/>
        <source>Đã lưu phiếu yêu cầu bổ sung hồ sơ {code} (Mẫu 02).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="241"/>
        <source>Không lưu được hồ sơ: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="245"/>
        <source>Hồ sơ chưa lưu được: xem các dòng báo lỗi màu đỏ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="281"/>
        <source>Đã xóa trắng biểu mẫu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="300"/>
        <source>Lưu ý: người nộp đang có hồ sơ chưa giải quyết xong cho cùng thủ tục: {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="313"/>
        <source>Không tự lưu được bản nháp của hồ sơ đang nhập.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../counter_app/ui/login/idle_lock.py" line="61"/>
        <source>Mở khóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/idle_lock.py" line="73"/>
        <source>Màn hình đã khóa. {name}, nhập mật khẩu để tiếp tục.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="26"/>
        <source>Đăng nhập — Bộ phận một cửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="29"/>
        <source>Quầy số {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="41"/>
        <source>&amp;Tên đăng nhập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="42"/>
        <source>&amp;Mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="45"/>
        <source>Đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="46"/>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="59"/>
        <source>Nhập tên đăng nhập và mật khẩu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="62"/>
        <source>Đang kiểm tra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="73"/>
        <source>Không kiểm tra được mật khẩu: {e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="46"/>
        <source>Bộ phận một cửa — {unit} — Quầy {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="54"/>
        <source>Tiếp nhận (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="55"/>
        <source>Trả kết quả (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="56"/>
        <source>Tra cứu (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="57"/>
        <source>Cài đặt (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="89"/>
        <source>&amp;Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="90"/>
        <source>&amp;Chức năng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="91"/>
        <source>Trợ &amp;giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="92"/>
        <source>Tiếp nhận hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="93"/>
        <source>Trả kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="94"/>
        <source>Tra cứu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="95"/>
        <source>Cài đặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="96"/>
        <source>In lại phiếu vừa in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="97"/>
        <source>Xem trước khi in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="98"/>
        <source>Lưu phiếu thành PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="100"/>
        <source>Khóa màn hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="101"/>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="102"/>
        <source>Phím tắt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="103"/>
        <location filename="../../counter_app/ui/main_window.py" line="190"/>
        <source>Giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="118"/>
        <source>Đã lưu {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="191"/>
        <source>Phần mềm quầy tiếp nhận và trả kết quả — Bộ phận một cửa.
Theo Nghị định 118/2025/NĐ-CP và Thông tư 03/2025/TT-VPCP.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="33"/>
        <source>Trực tiếp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="34"/>
        <source>Bưu chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="37"/>
        <source>Tại bộ phận một cửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="38"/>
        <source>Qua bưu chính công ích</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="40"/>
        <source>Địa chỉ nhận kết quả qua bưu chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="47"/>
        <source> đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="49"/>
        <source>Nộp trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="49"/>
        <source>Nộp sau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="50"/>
        <source>Miễn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="50"/>
        <source>Không thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="54"/>
        <source>Người nộp thay (ủy &amp;quyền)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="57"/>
        <source>Họ và tên người nộp thay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="58"/>
        <source>12 số CCCD hoặc 9 số CMND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="61"/>
        <source>Số, ngày của giấy ủy quyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="62"/>
        <source>không bắt buộc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="109"/>
        <source>&amp;Kênh tiếp nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="111"/>
        <source>Số &amp;bộ hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="113"/>
        <source>T&amp;rả kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="115"/>
        <source>Địa chỉ &amp;nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="119"/>
        <source>Số bản &amp;chứng thực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="120"/>
        <source>Số trang &amp;mỗi bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="125"/>
        <source>Phí, &amp;lệ phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="127"/>
        <source>Hình thức nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="132"/>
        <source>Họ tên người nộp thay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="134"/>
        <source>Số CCCD/CMND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="136"/>
        <source>Giấy ủy quyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="142"/>
        <source>Gh&amp;i chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="283"/>
        <source>{name}: {amount} đồng/{per}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="284"/>
        <source>hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="287"/>
        <source>Thủ tục này không thu phí, lệ phí.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location filename="../../counter_app/ui/printing/controller.py" line="55"/>
        <source>Chưa có phiếu nào để in lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/controller.py" line="81"/>
        <source>Lưu phiếu thành PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/controller.py" line="90"/>
        <source>Không lưu được tệp: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/controller.py" line="101"/>
        <source>Không tạo được phiếu để in: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/controller.py" line="112"/>
        <source>Chưa in được {title} của hồ sơ {code}: {why} Bấm Ctrl+P để in lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/controller.py" line="119"/>
        <source>Đã in {title} của hồ sơ {code}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedurePicker</name>
    <message>
        <location filename="../../counter_app/ui/intake/procedure_picker.py" line="39"/>
        <source>Gõ mã hoặc tên thủ tục, ví dụ: chung thuc ban sao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/procedure_picker.py" line="196"/>
        <source>{n} giờ làm việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/procedure_picker.py" line="198"/>
        <source>{n} ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/procedure_picker.py" line="200"/>
        <source>trong ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/procedure_picker.py" line="202"/>
        <source>{n} ngày làm việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/procedure_picker.py" line="204"/>
        <source>{duration} (nhận sau {time} trả vào ngày làm việc tiếp theo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/procedure_picker.py" line="206"/>
        <source>Lĩnh vực: {field} · Thời hạn giải quyết: {duration} · Cơ quan giải quyết: {agency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/procedure_picker.py" line="221"/>
        <source>Không tìm thấy thủ tục phù hợp.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="130"/>
        <source>Chưa thể trả kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="136"/>
        <source>Thông tin mới nhất từ cơ quan giải quyết:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="147"/>
        <source>Trạng thái: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="148"/>
        <source>Hẹn trả kết quả: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="151"/>
        <source>Chưa có thông tin từ cơ quan giải quyết.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="155"/>
        <source>Kết quả đã được trả lúc %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="158"/>
        <source>Hồ sơ đã kết thúc, không có kết quả để trả.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="161"/>
        <source>Hồ sơ đang tạm dừng chờ bổ sung: thời gian này không tính là quá hạn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="163"/>
        <source>Hồ sơ chưa có ngày hẹn trả.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="166"/>
        <source>%d ngày %d giờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="167"/>
        <source>%d giờ %d phút</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="168"/>
        <source>Đã quá hạn hẹn trả %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="169"/>
        <source>Còn trong hạn giải quyết.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientPanel</name>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="59"/>
        <source>Trả kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="62"/>
        <source>&amp;Người nộp hồ sơ nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="63"/>
        <source>Người được ủy &amp;quyền nhận thay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="64"/>
        <source>Gửi qua &amp;bưu chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="76"/>
        <source>Số CCCD/CMND người nhận xuất trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="77"/>
        <source>Họ và tên người được ủy quyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="78"/>
        <source>Số CCCD/CMND của người được ủy quyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="79"/>
        <source>Ví dụ: Giấy ủy quyền số 12/UQ ngày 17/11/2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="80"/>
        <source>Ví dụ: EC123456789VN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="88"/>
        <source>Đối chiếu giấy tờ (không bắt buộc):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="90"/>
        <source>Họ và tên (*):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="91"/>
        <source>Số định danh (*):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="92"/>
        <source>Giấy ủy quyền (*):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="94"/>
        <source>Mã vận đơn (*):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="94"/>
        <source>Địa chỉ nhận:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="102"/>
        <location filename="../../counter_app/ui/returns/recipient.py" line="174"/>
        <source>Xác nhận đã trả kết quả  (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="145"/>
        <source>Trả cho %s, số định danh %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="146"/>
        <source>(chưa ghi địa chỉ nhận)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="173"/>
        <source>Đang lưu…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="72"/>
        <source>Từ chối tiếp nhận hồ sơ (Mẫu 03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="73"/>
        <source>Từ chối tiếp nhận (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="74"/>
        <source>Ví dụ: Thủ tục không thuộc thẩm quyền giải quyết của cơ quan; hướng dẫn công dân nộp tại …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="76"/>
        <source>Người nộp: {applicant}
Thủ tục: {procedure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="80"/>
        <source>&amp;Lý do từ chối</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="93"/>
        <source>Phải ghi rõ lý do từ chối tiếp nhận hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsSlice</name>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="53"/>
        <source>Quét mã vạch trên phiếu hẹn hoặc gõ mã hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="56"/>
        <source>&amp;Mã hồ sơ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="58"/>
        <source>Mở hồ sơ  (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="82"/>
        <source>Quét mã vạch trên phiếu hẹn trả kết quả hoặc gõ mã hồ sơ rồi nhấn Enter. Nhấn Esc để xóa và tiếp công dân khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="108"/>
        <source>Đang tìm hồ sơ %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="186"/>
        <source>Không tìm thấy hồ sơ có mã %s. Hãy kiểm tra lại mã trên phiếu hẹn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="198"/>
        <source>Không mở được hồ sơ: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="221"/>
        <source>Đã trả kết quả hồ sơ %s cho người nộp hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="222"/>
        <source>Đã trả kết quả hồ sơ %s cho người được ủy quyền.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="223"/>
        <source>Đã ghi nhận gửi kết quả hồ sơ %s qua bưu chính.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="237"/>
        <location filename="../../counter_app/ui/returns/slice.py" line="244"/>
        <source>Không lưu được việc trả kết quả: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="241"/>
        <source>Chưa lưu: hãy sửa các ô báo lỗi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchSlice</name>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="72"/>
        <source>Tìm theo mã hồ sơ, họ tên (gõ không dấu cũng được), số CCCD hoặc số điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="74"/>
        <source>&amp;Tìm hồ sơ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="81"/>
        <source>Lọc nhanh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="82"/>
        <source>Tiếp nhận hôm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="83"/>
        <source>Đến hạn hôm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="84"/>
        <source>Chờ trả kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="85"/>
        <source>Quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="86"/>
        <source>Chờ bổ sung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="91"/>
        <source>Bấm lần nữa để bỏ lọc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="184"/>
        <source>Đang tải danh sách hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="192"/>
        <source>Không đọc được danh sách hồ sơ: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="199"/>
        <source>Không có hồ sơ nào phù hợp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="201"/>
        <source>Đã tải %s hồ sơ; cuộn xuống để xem thêm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="202"/>
        <source>Có %s hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsSlice</name>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="32"/>
        <source>Đơn vị và quầy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="34"/>
        <source>Đơn vị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="35"/>
        <source>Quầy số:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="36"/>
        <source>Dải số mã hồ sơ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="39"/>
        <source>Giờ làm việc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="40"/>
        <source>Thư mục dữ liệu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="42"/>
        <source>Tùy chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="46"/>
        <source>Tiếng Việt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="49"/>
        <source>&amp;Ngôn ngữ (khi khởi động lại):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="53"/>
        <source> phút</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="55"/>
        <source>&amp;Tự khóa màn hình sau:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="57"/>
        <source>Máy in mặc định của hệ thống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="61"/>
        <source>Máy in &amp;phiếu hẹn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="63"/>
        <source>A4, hai liên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="63"/>
        <source>A5, mỗi liên một trang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="64"/>
        <source>Máy in nhiệt 80 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="67"/>
        <source>&amp;Khổ phiếu hẹn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="68"/>
        <source>In phiếu hẹn ngay khi tiếp nhận, không hỏi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="73"/>
        <source>mã thủ tục, cách nhau bởi dấu phẩy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="74"/>
        <source>Thủ tục &amp;ưu tiên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="78"/>
        <source>&amp;Lưu cài đặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="115"/>
        <source>Đã lưu cài đặt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="13"/>
        <source>Phím tắt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="15"/>
        <source>Tiếp nhận hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="16"/>
        <source>Trả kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="17"/>
        <source>Tra cứu và hàng đợi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="18"/>
        <source>Cài đặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="19"/>
        <source>Bảng phím tắt này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="20"/>
        <source>Tiếp nhận / xác nhận trả kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="21"/>
        <source>Yêu cầu bổ sung hồ sơ (Mẫu 02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="22"/>
        <source>Từ chối tiếp nhận (Mẫu 03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="23"/>
        <source>Bộ lọc nhanh khi tra cứu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="24"/>
        <source>Khóa màn hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="25"/>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="26"/>
        <source>Sang ô tiếp theo / xác nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="27"/>
        <source>Hủy, đóng hộp thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="28"/>
        <source>Quét mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="28"/>
        <source>Quét QR CCCD ở bất kỳ đâu: điền thông tin người nộp; quét mã vạch phiếu hẹn: mở hồ sơ để trả kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="32"/>
        <source>Phím</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="32"/>
        <source>Chức năng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplementDialog</name>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="101"/>
        <source>Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="102"/>
        <source>Lưu phiếu yêu cầu bổ sung (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="103"/>
        <source>Người nộp: {applicant}
Thủ tục: {procedure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="107"/>
        <source>Mỗi dòng một giấy tờ cần bổ sung hoặc sửa đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="110"/>
        <source>Hồ sơ chưa đủ thành phần theo quy định.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="111"/>
        <source>Lý do phải bổ sung, hoàn thiện hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="113"/>
        <source>Hướng dẫn cụ thể để người nộp bổ sung một lần, đầy đủ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="116"/>
        <source>&amp;Giấy tờ cần bổ sung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="117"/>
        <source>&amp;Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="118"/>
        <source>&amp;Hướng dẫn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="143"/>
        <source>Phải ghi rõ lý do yêu cầu bổ sung hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ReasonDialog</name>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="35"/>
        <source>Hủy (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="65"/>
        <source>Phải ghi rõ lý do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>s</name>
    <message>
        <location filename="../../counter_app/ui/intake/layout.py" line="21"/>
        <source>Quét mã QR trên thẻ CCCD để điền người nộp. Enter: sang ô tiếp theo · Ctrl+Enter: tiếp nhận · Ctrl+B: yêu cầu bổ sung · Ctrl+R: từ chối · trong danh sách thủ tục: ↑ ↓ để chọn, Enter để lấy, Esc để đóng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/layout.py" line="33"/>
        <source>Người nộp hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/layout.py" line="34"/>
        <source>&amp;Thủ tục hành chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/layout.py" line="38"/>
        <source>Thành &amp;phần hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/layout.py" line="39"/>
        <source>Tiếp nhận, trả kết quả và phí</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../counter_app/app.py" line="62"/>
        <source>Đã khôi phục hồ sơ đang nhập dở.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
