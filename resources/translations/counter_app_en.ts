<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>Age</name>
    <message>
        <location filename="../../counter_app/ui/age.py" line="14"/>
        <source>{n} giây</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/age.py" line="16"/>
        <source>{n} phút</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/age.py" line="18"/>
        <source>{h} giờ</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/age.py" line="19"/>
        <source>{n} ngày</source>
        <translation>{n} d</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/age.py" line="25"/>
        <source>chưa lần nào</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/age.py" line="28"/>
        <source>vừa xong</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/age.py" line="29"/>
        <source>{duration} trước</source>
        <translation>{duration} ago</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="35"/>
        <source>Họ và tên như trên giấy tờ tùy thân</source>
        <translation>Full name as shown on the identity document</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="36"/>
        <source>12 số CCCD hoặc 9 số CMND</source>
        <translation>12-digit CCCD or 9-digit CMND number</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="38"/>
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="42"/>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="42"/>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="45"/>
        <source>Số nhà, thôn/tổ dân phố, xã/phường, tỉnh/thành phố</source>
        <translation>House number, village/residential group, commune/ward, province/city</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="46"/>
        <source>ví dụ 0912 345 678</source>
        <translation>e.g. 0912 345 678</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="47"/>
        <source>không bắt buộc</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="81"/>
        <source>&amp;Họ và tên</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="82"/>
        <source>Số định &amp;danh (CCCD/CMND)</source>
        <translation>Personal &amp;ID number (CCCD/CMND)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="87"/>
        <source>&amp;Giới tính</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="91"/>
        <source>Ngày &amp;sinh</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="92"/>
        <source>Đị&amp;a chỉ</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="93"/>
        <source>Điện th&amp;oại</source>
        <translation>Ph&amp;one</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="94"/>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="171"/>
        <source>Ngày sinh không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/03/2003.</source>
        <translation>Invalid date of birth: enter it as dd/mm/yyyy, e.g. 15/03/2003.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="175"/>
        <source>Ngày {date} không có thật: tháng chỉ từ 1 đến 12.</source>
        <translation>The date {date} does not exist: months run from 1 to 12.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="176"/>
        <source>Ngày {date} không có thật: tháng {month}/{year} chỉ có {days} ngày.</source>
        <translation>The date {date} does not exist: {month}/{year} has only {days} days.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="204"/>
        <source>Ngày sinh không được sau ngày hôm nay.</source>
        <translation>Date of birth cannot be later than today.</translation>
    </message>
</context>
<context>
    <name>ComponentsModel</name>
    <message>
        <location filename="../../counter_app/ui/intake/components_table.py" line="44"/>
        <source>Đã nộp</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/components_table.py" line="44"/>
        <source>Thành phần hồ sơ</source>
        <translation>Dossier component</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/components_table.py" line="44"/>
        <source>Bản chính</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/components_table.py" line="45"/>
        <source>Bản chứng thực</source>
        <translation>Certified copy</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/components_table.py" line="45"/>
        <source>Bản photo</source>
        <translation>Photocopy</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/components_table.py" line="84"/>
        <source>Dấu cách: đánh dấu đã nộp hoặc bỏ đánh dấu</source>
        <translation>Space: mark or unmark as submitted</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/components_table.py" line="94"/>
        <source>Bắt buộc</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/components_table.py" line="94"/>
        <source>Không bắt buộc</source>
        <translation>Optional</translation>
    </message>
</context>
<context>
    <name>ComponentsPanel</name>
    <message>
        <location filename="../../counter_app/ui/intake/components_table.py" line="194"/>
        <source>* Thành phần bắt buộc. Dấu cách đánh dấu đã nộp; gõ số để sửa số bản.</source>
        <translation>* Required component. Space marks as submitted; type a number to change the number of copies.</translation>
    </message>
</context>
<context>
    <name>ComponentsView</name>
    <message>
        <location filename="../../counter_app/ui/intake/components_table.py" line="164"/>
        <source>Chọn thủ tục để hiện danh sách thành phần hồ sơ.</source>
        <translation>Choose a procedure to show its list of dossier components.</translation>
    </message>
</context>
<context>
    <name>CounterStatusBar</name>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="67"/>
        <source>Chờ gửi: …</source>
        <translation>To send: …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="132"/>
        <source>Cán bộ: {name}</source>
        <translation>Clerk: {name}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="116"/>
        <source>Chờ gửi: {n}</source>
        <translation>To send: {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="97"/>
        <source>○ Chưa đồng bộ</source>
        <translation>○ Not synced yet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="99"/>
        <source>… Đang kết nối</source>
        <translation>… Connecting</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="101"/>
        <source>✕ Mất kết nối · lần cuối {age}</source>
        <translation>✕ Offline · last seen {age}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="103"/>
        <source>◐ Chưa rõ kết nối · {age}</source>
        <translation>◐ Link unconfirmed · {age}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="105"/>
        <source>● Đã kết nối · {age}</source>
        <translation>● Online · {age}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="109"/>
        <source>Liên lạc lần cuối với hệ thống tỉnh: {t}</source>
        <translation>Last contact with the provincial system: {t}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="110"/>
        <source>Đồng bộ thành công lần cuối: {t}</source>
        <translation>Last successful sync: {t}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="111"/>
        <source>Dữ liệu luôn được lưu tại quầy trước; F10 xem chi tiết.</source>
        <translation>Data is always saved at the counter first; F10 shows the details.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="118"/>
        <source>bị từ chối: {n}</source>
        <translation>rejected: {n}</translation>
    </message>
</context>
<context>
    <name>DashboardParts</name>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard_parts.py" line="24"/>
        <location filename="../../counter_app/ui/reports/dashboard_parts.py" line="31"/>
        <source>{h} giờ</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard_parts.py" line="27"/>
        <source>{d} ngày {h} giờ</source>
        <translation>{d} d {h} h</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard_parts.py" line="30"/>
        <source>{d} ngày</source>
        <translation>{d} d</translation>
    </message>
</context>
<context>
    <name>DashboardSlice</name>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="54"/>
        <source>Bảng điều hành chỉ dành cho giám sát viên và quản trị viên. Tài khoản {name} không có quyền xem; xin liên hệ quản trị viên nếu cần.</source>
        <translation>The dashboard is for supervisors and administrators only. The account {name} may not see it; ask an administrator if you need it.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="66"/>
        <source>Làm mới bảng điều hành</source>
        <translation>Refresh the dashboard</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="73"/>
        <source>&lt;b&gt;Bảng điều hành&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dashboard&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="77"/>
        <source>{n} ngày gần nhất</source>
        <translation>Last {n} days</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="79"/>
        <source>Kỳ của các biểu đồ</source>
        <translation>Period of the charts</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="84"/>
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="85"/>
        <source>Kết quả chờ lâu hơn số ngày này được liệt kê là chưa nhận</source>
        <translation>Results waiting longer than this many days are listed as not collected</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="87"/>
        <source>Chưa nhận kết quả quá:</source>
        <translation>Not collected for over:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="89"/>
        <source>Làm mới (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="103"/>
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="110"/>
        <source>Tiếp nhận hôm nay</source>
        <translation>Received today</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="111"/>
        <source>Đến hạn hôm nay, chưa có kết quả</source>
        <translation>Due today, no result yet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="112"/>
        <source>Đến hạn ngày làm việc tới</source>
        <translation>Due next working day</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="113"/>
        <source>Quá hạn, đang giải quyết</source>
        <translation>Overdue, still in progress</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="114"/>
        <source>Có kết quả, chưa đến nhận</source>
        <translation>Result ready, not collected</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="115"/>
        <source>Tỷ lệ số hóa hồ sơ tiếp nhận trong kỳ</source>
        <translation>Digitization rate of dossiers received in the period</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="130"/>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="131"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="132"/>
        <source>Trễ (giờ làm việc)</source>
        <translation>Late (working time)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="133"/>
        <source>Có kết quả lúc</source>
        <translation>Result ready at</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="135"/>
        <source>Quầy</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="135"/>
        <source>Cán bộ</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="136"/>
        <source>Số hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="143"/>
        <source>Hôm nay theo quầy, cán bộ</source>
        <translation>Today by counter and clerk</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="211"/>
        <source>Không đọc được số liệu của bảng điều hành: {error}</source>
        <translation>Could not read the dashboard figures: {error}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="232"/>
        <source>số liệu lúc {time}</source>
        <translation>figures as of {time}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="233"/>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="233"/>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="234"/>
        <source>Bưu chính</source>
        <translation>By post</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="242"/>
        <source>trễ nhất {late}</source>
        <translation>most late: {late}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="244"/>
        <source>quá {n} ngày</source>
        <translation>over {n} days</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="248"/>
        <source>{scanned}/{received} hồ sơ có bản số hóa</source>
        <translation>{scanned}/{received} dossiers with scans</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="258"/>
        <source>Đến hạn hôm nay ({n})</source>
        <translation>Due today ({n})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="259"/>
        <source>Đến hạn {day} ({n})</source>
        <translation>Due {day} ({n})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="260"/>
        <source>Quá hạn ({n})</source>
        <translation>Overdue ({n})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="261"/>
        <source>Chưa nhận kết quả ({n})</source>
        <translation>Not collected ({n})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="266"/>
        <source>Quầy {n}</source>
        <translation>Counter {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="267"/>
        <source>Không rõ</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="268"/>
        <source>(không ghi nhận)</source>
        <translation>(not recorded)</translation>
    </message>
</context>
<context>
    <name>DiagnosticsBox</name>
    <message>
        <location filename="../../counter_app/ui/settings/diagnostics_box.py" line="28"/>
        <source>Hỗ trợ kỹ thuật</source>
        <translation>Technical support</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/diagnostics_box.py" line="30"/>
        <source>Gói chẩn đoán (tệp zip) gồm nhật ký, phiên bản, cấu hình và tình trạng đồng bộ, để gửi cho cán bộ công nghệ thông tin. Không có số định danh, số điện thoại hay nội dung hồ sơ.</source>
        <translation>The diagnostics bundle (a zip file) holds the logs, versions, configuration and sync state, to send to the IT officer. It holds no ID numbers, phone numbers or dossier contents.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/diagnostics_box.py" line="34"/>
        <source>Thu thập c&amp;hẩn đoán…</source>
        <translation>Collect dia&amp;gnostics…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/diagnostics_box.py" line="55"/>
        <source>Lưu gói chẩn đoán</source>
        <translation>Save the diagnostics bundle</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/diagnostics_box.py" line="55"/>
        <source>Tệp zip (*.zip)</source>
        <translation>Zip files (*.zip)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/diagnostics_box.py" line="65"/>
        <source>Đang thu thập chẩn đoán…</source>
        <translation>Collecting diagnostics…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/diagnostics_box.py" line="78"/>
        <source>Đã lưu gói chẩn đoán: {path}</source>
        <translation>Diagnostics bundle saved: {path}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/diagnostics_box.py" line="88"/>
        <source>Không lưu được gói chẩn đoán: {reason}. Hãy chọn thư mục khác (ví dụ USB hoặc Tài liệu).</source>
        <translation>The diagnostics bundle could not be saved: {reason}. Choose another folder (a USB drive or Documents, for example).</translation>
    </message>
</context>
<context>
    <name>DossierCard</name>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="41"/>
        <source>Thông tin hồ sơ</source>
        <translation>Dossier details</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="58"/>
        <source>Mã hồ sơ:</source>
        <translation>Dossier code:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="58"/>
        <source>Thủ tục:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="59"/>
        <source>Người nộp:</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="60"/>
        <source>Số định danh:</source>
        <translation>Personal ID number:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="61"/>
        <source>Điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="61"/>
        <source>Tiếp nhận lúc:</source>
        <translation>Received at:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="62"/>
        <source>Hẹn trả kết quả:</source>
        <translation>Results due:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="63"/>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="64"/>
        <source>Nhận kết quả:</source>
        <translation>Results delivery:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="65"/>
        <source>Thành phần hồ sơ:</source>
        <translation>Dossier components:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="68"/>
        <source>Quét, số hóa thành phần…  (F6)</source>
        <translation>Scan, digitize components…  (F6)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="78"/>
        <location filename="../../counter_app/ui/returns/card.py" line="79"/>
        <location filename="../../counter_app/ui/returns/card.py" line="102"/>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="87"/>
        <source>%s (quá hạn)</source>
        <translation>%s (overdue)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="94"/>
        <source>Gửi qua bưu chính công ích</source>
        <translation>Sent via the public postal service</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="97"/>
        <source>Trực tuyến, vào tài khoản trên Cổng Dịch vụ công</source>
        <translation>Online, to the account on the Public Service Portal</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="98"/>
        <source>Tại bộ phận một cửa</source>
        <translation>At the one-stop desk</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="105"/>
        <source>%d bản chính</source>
        <translation>%d original(s)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="106"/>
        <source>%d bản chứng thực</source>
        <translation>%d certified copy(ies)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="107"/>
        <source>%d bản photo</source>
        <translation>%d photocopy(ies)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="110"/>
        <source>đã số hóa</source>
        <translation>digitized</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="110"/>
        <source>tái sử dụng</source>
        <translation>reused</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="113"/>
        <source>Số bộ hồ sơ: %d</source>
        <translation>Number of dossier sets: %d</translation>
    </message>
</context>
<context>
    <name>DossierListDialog</name>
    <message>
        <location filename="../../counter_app/ui/reports/dossier_list.py" line="28"/>
        <source>{n} hồ sơ</source>
        <translation>{n} dossiers</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dossier_list.py" line="31"/>
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>DossierListView</name>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard_parts.py" line="82"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard_parts.py" line="82"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard_parts.py" line="83"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard_parts.py" line="83"/>
        <source>Hẹn trả</source>
        <translation>Appointment</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="57"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="57"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="57"/>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="58"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="59"/>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="59"/>
        <source>Hẹn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="59"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="182"/>
        <source>%s – quá hạn</source>
        <translation>%s – overdue</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="187"/>
        <source>Số định danh: %s</source>
        <translation>Personal ID number: %s</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="189"/>
        <source>Điện thoại: %s</source>
        <translation>Phone: %s</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../counter_app/ui/errors.py" line="54"/>
        <source>Phần mềm gặp lỗi không lường trước; thao tác vừa rồi có thể chưa xong. Dữ liệu đã lưu không bị mất. Hãy thử lại; nếu lỗi lặp lại, báo cho quản trị kèm nội dung dưới đây.

{error}</source>
        <translation>The software hit an unexpected error; the last action may not have finished. Saved data is not lost. Try again; if the error comes back, report it to the administrator with the text below.

{error}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/errors.py" line="60"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/errors.py" line="62"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>IntakeChart</name>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard_charts.py" line="94"/>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard_charts.py" line="99"/>
        <source>Hồ sơ tiếp nhận theo tuần</source>
        <translation>Dossiers received per week</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard_charts.py" line="100"/>
        <source>Hồ sơ tiếp nhận theo ngày</source>
        <translation>Dossiers received per day</translation>
    </message>
</context>
<context>
    <name>IntakeSlice</name>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="71"/>
        <source>Yêu cầu bổ sung (Ctrl+B)</source>
        <translation>Request supplement (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="72"/>
        <source>Từ chối (Ctrl+R)</source>
        <translation>Refuse (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="73"/>
        <source>Tiếp nhận (Ctrl+Enter)</source>
        <translation>Receive (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="75"/>
        <source>Xóa trắng biểu mẫu (Ctrl+N)</source>
        <translation>Clear the form (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="76"/>
        <source>Xóa trắng biểu mẫu</source>
        <translation>Clear form</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="94"/>
        <source>Tiếp nhận hồ sơ và in phiếu hẹn (Mẫu 01)</source>
        <translation>Receive the dossier and print the appointment slip (Form 01)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="97"/>
        <source>Yêu cầu bổ sung hồ sơ (Mẫu 02)</source>
        <translation>Request a supplement (Form 02)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="98"/>
        <source>Từ chối tiếp nhận (Mẫu 03)</source>
        <translation>Refuse the dossier (Form 03)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="100"/>
        <source>Quét, số hóa thành phần của hồ sơ vừa lưu</source>
        <translation>Scan and digitize the components of the dossier just saved</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="124"/>
        <source>Số CMND cũ: {number}</source>
        <translation>Old CMND number: {number}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="126"/>
        <source>Đã điền thông tin người nộp từ mã QR của thẻ CCCD.</source>
        <translation>Applicant details filled in from the QR code on the citizen ID card (CCCD).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="150"/>
        <source>Đã khôi phục hồ sơ đang nhập dở.</source>
        <translation>Restored the unfinished dossier.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="178"/>
        <source>Đang tiếp nhận hồ sơ…</source>
        <translation>Receiving the dossier…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="210"/>
        <source>Đang lưu phiếu yêu cầu bổ sung…</source>
        <translation>Saving the request for supplement…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="214"/>
        <source>Đang lưu phiếu từ chối…</source>
        <translation>Saving the refusal notice…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="233"/>
        <source>Chưa chọn thủ tục hành chính.</source>
        <translation>No administrative procedure has been chosen.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="256"/>
        <source>Đã tiếp nhận hồ sơ {code} · Hẹn trả {appointment}</source>
        <translation>Dossier {code} received · Results due {appointment}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="259"/>
        <source>Đã lưu phiếu từ chối tiếp nhận hồ sơ {code} (Mẫu 03).</source>
        <translation>Saved the notice of refusal to receive dossier {code} (Form 03).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="262"/>
        <source>Đã lưu phiếu yêu cầu bổ sung hồ sơ {code} (Mẫu 02).</source>
        <translation>Saved the request for supplement of dossier {code} (Form 02).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="277"/>
        <source>Lưu hồ sơ trước, rồi nhấn F6 để quét các thành phần.</source>
        <translation>Save the dossier first, then press F6 to scan its components.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="289"/>
        <source>Đã in phiếu.</source>
        <translation>Slip printed.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="292"/>
        <source>CHƯA IN được phiếu: {why}</source>
        <translation>The slip was NOT printed: {why}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="293"/>
        <source>Ctrl+P: in lại · Ctrl+Shift+P: xem trước khi in · Ctrl+Shift+S: lưu phiếu thành PDF</source>
        <translation>Ctrl+P: print again · Ctrl+Shift+P: print preview · Ctrl+Shift+S: save the slip as PDF</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="304"/>
        <source>Không lưu được hồ sơ: {error}</source>
        <translation>Could not save the dossier: {error}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="242"/>
        <location filename="../../counter_app/ui/intake/slice.py" line="308"/>
        <source>Hồ sơ chưa lưu được: xem các dòng báo lỗi màu đỏ.</source>
        <translation>The dossier was not saved: see the error messages in red.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="345"/>
        <source>Đã xóa trắng biểu mẫu.</source>
        <translation>Form cleared.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/duplicates.py" line="16"/>
        <source>Lưu ý: người nộp đang có hồ sơ chưa giải quyết xong cho cùng thủ tục: {codes}.</source>
        <translation>Note: the applicant already has unresolved dossiers for the same procedure: {codes}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/duplicates.py" line="21"/>
        <source>{code} lúc {time}</source>
        <translation>{code} at {time}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/duplicates.py" line="23"/>
        <source>Lưu ý: hôm nay người nộp đã nộp hồ sơ cùng thủ tục tại đơn vị: {filed}. Kiểm tra để tránh tiếp nhận trùng; vẫn có thể tiếp nhận tiếp.</source>
        <translation>Note: today the applicant already filed a dossier for the same procedure at this unit: {filed}. Check to avoid receiving it twice; you can still receive it.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="376"/>
        <source>Không tự lưu được bản nháp của hồ sơ đang nhập.</source>
        <translation>Could not autosave a draft of the dossier being entered.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/layout.py" line="23"/>
        <source>Quét mã QR trên thẻ CCCD để điền người nộp. Enter: sang ô tiếp theo · Ctrl+Enter: tiếp nhận · Ctrl+B: yêu cầu bổ sung · Ctrl+R: từ chối · Ctrl+N: xóa trắng biểu mẫu · trong danh sách thủ tục: ↑ ↓ để chọn, Enter để lấy, Esc để đóng.</source>
        <translation>Scan the QR code on the CCCD card to fill in the applicant. Enter: next field · Ctrl+Enter: receive · Ctrl+B: request supplement · Ctrl+R: refuse · Ctrl+N: clear the form · in the procedure list: ↑ ↓ to select, Enter to choose, Esc to close.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/layout.py" line="51"/>
        <source>Người nộp hồ sơ</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/layout.py" line="52"/>
        <source>&amp;Thủ tục hành chính</source>
        <translation>Administrative &amp;procedure</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/layout.py" line="57"/>
        <source>Thành &amp;phần hồ sơ</source>
        <translation>&amp;Dossier components</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/layout.py" line="58"/>
        <source>Tiếp nhận, trả kết quả và phí</source>
        <translation>Receipt, return of results and fees</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../counter_app/ui/login/idle_lock.py" line="65"/>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/idle_lock.py" line="79"/>
        <source>Màn hình đã khóa. {name}, nhập mật khẩu để tiếp tục.</source>
        <translation>The screen is locked. {name}, enter your password to continue.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="103"/>
        <source>Đăng nhập — Bộ phận một cửa</source>
        <translation>Sign in — One-stop desk</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="118"/>
        <source>Quầy số {n}</source>
        <translation>Counter {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="104"/>
        <source>&amp;Tên đăng nhập:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="105"/>
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="106"/>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="107"/>
        <source>Thoát</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="114"/>
        <source>Đang mở dữ liệu của quầy…</source>
        <translation>Opening the counter&apos;s data…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="121"/>
        <source>Đang mở dữ liệu của quầy; sẽ đăng nhập ngay khi mở xong…</source>
        <translation>Opening the counter&apos;s data; you will be signed in as soon as it is open…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="126"/>
        <source>Nhập tên đăng nhập và mật khẩu.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="138"/>
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>LoginMessages</name>
    <message>
        <location filename="../../counter_app/ui/login/messages.py" line="15"/>
        <source>Không kiểm tra được mật khẩu: {e}</source>
        <translation>Could not check the password: {e}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/messages.py" line="20"/>
        <source>Tài khoản đã bị tạm khóa vì nhập sai mật khẩu nhiều lần. Mở khóa lúc {time}.</source>
        <translation>The account is locked for a while after too many wrong passwords. It unlocks at {time}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/messages.py" line="24"/>
        <source>Sai mật khẩu.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/messages.py" line="26"/>
        <source>Sai tên đăng nhập hoặc mật khẩu.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/messages.py" line="29"/>
        <source>Còn 1 lần thử: nhập sai lần nữa, tài khoản sẽ bị tạm khóa {minutes} phút.</source>
        <translation>1 attempt left: one more wrong password locks the account for {minutes} minutes.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="267"/>
        <source>Bộ phận một cửa — {unit} — Quầy {n}</source>
        <translation>One-stop desk — {unit} — Counter {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="68"/>
        <source>Tiếp nhận (F2)</source>
        <translation>Receipt (F2)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="69"/>
        <source>Trả kết quả (F3)</source>
        <translation>Return of results (F3)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="70"/>
        <source>Tra cứu (F4)</source>
        <translation>Search (F4)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="73"/>
        <source>Cài đặt (F9)</source>
        <translation>Settings (F9)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="74"/>
        <source>Đồng bộ (F10)</source>
        <translation>Sync (F10)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="116"/>
        <source>&amp;Chức năng</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="115"/>
        <source>Tệp (&amp;F)</source>
        <translation>Des&amp;k</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="71"/>
        <source>Báo cáo (F7)</source>
        <translation>Reports (F7)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="72"/>
        <source>Bảng điều hành (F8)</source>
        <translation>Dashboard (F8)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="117"/>
        <source>Trợ giúp (&amp;U)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="118"/>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Receive dossiers</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="119"/>
        <source>Trả kết quả</source>
        <translation>Return results</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="120"/>
        <source>Tra cứu</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="121"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="123"/>
        <source>Bảng điều hành</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="124"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="125"/>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="126"/>
        <source>Đồng bộ ngay</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="127"/>
        <source>In lại phiếu vừa in</source>
        <translation>Reprint the last slip</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="128"/>
        <source>Xem trước khi in</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="129"/>
        <source>Lưu phiếu thành PDF…</source>
        <translation>Save slip as PDF…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="131"/>
        <source>Khóa màn hình</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="132"/>
        <source>Thoát</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="133"/>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="134"/>
        <location filename="../../counter_app/ui/main_window.py" line="289"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="157"/>
        <source>Đã lưu {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="189"/>
        <source>Đã tải bản cập nhật {v}: phần mềm dùng bản mới khi mở lại (không cần làm gì thêm).</source>
        <translation>Update {v} downloaded: the new version is used when the app is next opened (nothing else to do).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="245"/>
        <source>Đang đồng bộ với hệ thống tỉnh…</source>
        <translation>Syncing with the provincial system…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="290"/>
        <source>Phần mềm quầy tiếp nhận và trả kết quả — Bộ phận một cửa.
Theo Nghị định 118/2025/NĐ-CP và Thông tư 03/2025/TT-VPCP.</source>
        <translation>Software for the dossier receipt and return-of-results counter — One-stop desk.
In accordance with Decree 118/2025/NĐ-CP and Circular 03/2025/TT-VPCP.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="56"/>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="57"/>
        <source>{label}: {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="58"/>
        <source>chưa có hồ sơ</source>
        <translation>no dossier yet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="59"/>
        <source>{number} – {label}</source>
        <translation>{number} – {label}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="60"/>
        <source>Mới (trực tuyến, chưa tiếp nhận)</source>
        <translation>New (online, not yet received)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="61"/>
        <source>Đã tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="62"/>
        <source>Từ chối tiếp nhận</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="63"/>
        <source>Đang xử lý</source>
        <translation>Processing</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="64"/>
        <source>Yêu cầu bổ sung</source>
        <translation>Supplement required</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="65"/>
        <source>Chờ thực hiện nghĩa vụ tài chính</source>
        <translation>Awaiting payment of financial obligations</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="66"/>
        <source>Công dân rút hồ sơ</source>
        <translation>Withdrawn by the applicant</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="67"/>
        <source>Dừng xử lý</source>
        <translation>Processing stopped</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="68"/>
        <source>Đã có kết quả</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="69"/>
        <source>Đã trả kết quả</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="70"/>
        <source>bộ phận một cửa</source>
        <translation>the one-stop counter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="71"/>
        <source>cơ quan giải quyết</source>
        <translation>the resolving agency</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="72"/>
        <source>Hồ sơ đã kết thúc ({current}); không thể chuyển sang {target}.</source>
        <translation>The dossier is closed ({current}); it cannot move to {target}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="74"/>
        <source>Không thể chuyển hồ sơ từ trạng thái {current} sang {target}.</source>
        <translation>The dossier cannot move from status {current} to {target}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="76"/>
        <source>Hồ sơ đã được tiếp nhận trước đó; bổ sung xong thì chuyển sang đang xử lý.</source>
        <translation>The dossier was received before; once the supplement is in, it moves to processing.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="78"/>
        <source>Hồ sơ chưa được tiếp nhận; cần tiếp nhận trước khi xử lý.</source>
        <translation>The dossier has not been received; receive it before processing.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="80"/>
        <source>Chỉ {who} được chuyển hồ sơ sang trạng thái {target}.</source>
        <translation>Only {who} may move the dossier to status {target}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="82"/>
        <source>Thời điểm chuyển trạng thái trước thời điểm tiếp nhận.</source>
        <translation>The status change is dated before the dossier&apos;s receipt.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="84"/>
        <source>Hồ sơ chỉ được gia hạn thời gian giải quyết không quá 1 lần trong suốt quá trình giải quyết hồ sơ.</source>
        <translation>A dossier&apos;s processing time may be extended at most once over its whole processing.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="87"/>
        <source>Ngày hẹn trả mới phải sau ngày hẹn trả hiện tại.</source>
        <translation>The new appointment must be after the current appointment.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="88"/>
        <source>Quầy đã dùng hết dải số {ranges} hôm nay ({day}); liên hệ quản trị để cấp thêm dải số.</source>
        <translation>The counter has used up its number range {ranges} today ({day}); ask the administrator for another range.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="91"/>
        <source>Chưa cấu hình mã đơn vị tiếp nhận.</source>
        <translation>The receiving unit&apos;s code is not configured.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="92"/>
        <source>Mã đơn vị “{code}” không được chứa dấu cách.</source>
        <translation>The unit code “{code}” must not contain spaces.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="93"/>
        <source>Mã đơn vị “{code}” không được chứa dấu gạch ngang (-), vì dấu này ngăn cách các phần của mã hồ sơ.</source>
        <translation>The unit code “{code}” must not contain a hyphen (-), which separates the parts of a dossier code.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="96"/>
        <source>Mã đơn vị “{code}” chỉ được gồm chữ không dấu, chữ số và dấu chấm (ký tự ASCII).</source>
        <translation>The unit code “{code}” may only contain unaccented letters, digits and dots (ASCII characters).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="98"/>
        <source>Năm {year} nằm ngoài khoảng 2000–2099 của mã hồ sơ.</source>
        <translation>The year {year} is outside the 2000–2099 range of dossier codes.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="99"/>
        <source>Số thứ tự {seq} của mã hồ sơ phải trong khoảng 0001–9999.</source>
        <translation>The dossier code&apos;s number {seq} must be between 0001 and 9999.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="100"/>
        <source>Mã hồ sơ “{code}” không đúng dạng &lt;mã đơn vị&gt;-&lt;yyMMdd&gt;-&lt;số thứ tự 4 chữ số&gt;.</source>
        <translation>The dossier code “{code}” is not in the form &lt;unit code&gt;-&lt;yyMMdd&gt;-&lt;4-digit number&gt;.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="102"/>
        <source>Mã hồ sơ “{code}” chứa ngày không có thật ({day}).</source>
        <translation>The dossier code “{code}” holds a date that does not exist ({day}).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="103"/>
        <source>Mã hồ sơ “{code}” không đúng dạng: nhập đủ mã (ví dụ {example_full}), hoặc ngày và số ({example_day}), hoặc chỉ số thứ tự của hồ sơ nhận hôm nay (0001).</source>
        <translation>The dossier code “{code}” is not in a known form: type the whole code (for example {example_full}), or the date and number ({example_day}), or just the number of a dossier received today (0001).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="106"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="107"/>
        <source>{label} không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ {example}.</source>
        <translation>{label} is not valid: type it as day/month/year, for example {example}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="109"/>
        <source>Ngày {date} không có thật: tháng chỉ từ 1 đến 12.</source>
        <translation>The date {date} does not exist: months run from 1 to 12.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="110"/>
        <source>Ngày {date} không có thật: tháng {month}/{year} chỉ có {days} ngày.</source>
        <translation>The date {date} does not exist: {month}/{year} has only {days} days.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="112"/>
        <source>Nam</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="113"/>
        <source>Nữ</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="114"/>
        <source>Giới tính không hợp lệ: “{gender}” (chỉ chấp nhận Nam hoặc Nữ).</source>
        <translation>The gender “{gender}” is not valid (only Nam or Nữ are accepted).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="116"/>
        <source>Số CCCD phải gồm đúng 12 chữ số (nhận được “{got}”).</source>
        <translation>A CCCD number has exactly 12 digits (got “{got}”).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="117"/>
        <source>Số CCCD có mã tỉnh “{province}” không tồn tại (3 chữ số đầu).</source>
        <translation>The CCCD number&apos;s province code “{province}” does not exist (first 3 digits).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="119"/>
        <source>Chữ số thứ 4 của số CCCD ({digit}) chỉ người sinh năm {first}–{last}, không khớp năm sinh {year}.</source>
        <translation>The CCCD number&apos;s 4th digit ({digit}) means born in {first}–{last}, which does not match the year of birth {year}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="122"/>
        <source>Chữ số thứ 5–6 của số CCCD ({digits}) phải là hai số cuối của năm sinh {year}.</source>
        <translation>The CCCD number&apos;s 5th–6th digits ({digits}) must be the last two digits of the year of birth {year}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="124"/>
        <source>Chữ số thứ 4 của số CCCD ({digit}) chỉ giới tính {gender}, không khớp giới tính {expected}.</source>
        <translation>The CCCD number&apos;s 4th digit ({digit}) means {gender}, which does not match the gender {expected}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="127"/>
        <source>Số CMND phải gồm đúng 9 chữ số (nhận được “{got}”).</source>
        <translation>A CMND number has exactly 9 digits (got “{got}”).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="128"/>
        <source>Số giấy tờ tùy thân phải gồm 12 chữ số (CCCD) hoặc 9 chữ số (CMND) (nhận được “{got}”).</source>
        <translation>An identity number has 12 digits (CCCD) or 9 digits (CMND) (got “{got}”).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="131"/>
        <source>Chưa nhập số điện thoại.</source>
        <translation>No phone number entered.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="132"/>
        <source>Số điện thoại “{phone}” chứa ký tự không hợp lệ (chỉ dùng chữ số, dấu cách, dấu chấm, gạch ngang, ngoặc đơn và dấu + ở đầu).</source>
        <translation>The phone number “{phone}” contains characters that are not allowed (use only digits, spaces, dots, hyphens, brackets and a leading +).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="135"/>
        <source>Số điện thoại “{phone}” không phải số Việt Nam (mã quốc gia phải là +84).</source>
        <translation>The phone number “{phone}” is not a Vietnamese number (the country code must be +84).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="137"/>
        <source>Số điện thoại “{phone}” phải bắt đầu bằng 0 hoặc +84.</source>
        <translation>The phone number “{phone}” must start with 0 or +84.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="138"/>
        <source>Số điện thoại “{phone}” có đầu số không hợp lệ (di động bắt đầu 03, 05, 07, 08, 09; cố định bắt đầu 02).</source>
        <translation>The phone number “{phone}” has an invalid prefix (mobile numbers start with 03, 05, 07, 08, 09; landlines with 02).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="141"/>
        <source>Số điện thoại “{phone}” quá ngắn: số di động phải có {digits} chữ số.</source>
        <translation>The phone number “{phone}” is too short: a mobile number has {digits} digits.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="143"/>
        <source>Số điện thoại “{phone}” quá ngắn: số cố định phải có {digits} chữ số.</source>
        <translation>The phone number “{phone}” is too short: a landline number has {digits} digits.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="145"/>
        <source>Số điện thoại “{phone}” quá dài: số di động phải có {digits} chữ số.</source>
        <translation>The phone number “{phone}” is too long: a mobile number has {digits} digits.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="147"/>
        <source>Số điện thoại “{phone}” quá dài: số cố định phải có {digits} chữ số.</source>
        <translation>The phone number “{phone}” is too long: a landline number has {digits} digits.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="149"/>
        <source>Chưa nhập địa chỉ email.</source>
        <translation>No email address entered.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="150"/>
        <source>Địa chỉ email “{email}” không được chứa dấu cách.</source>
        <translation>The email address “{email}” must not contain spaces.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="151"/>
        <source>Địa chỉ email “{email}” phải có đúng một ký tự @.</source>
        <translation>The email address “{email}” must contain exactly one @.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="152"/>
        <source>Địa chỉ email “{email}” thiếu phần trước @.</source>
        <translation>The email address “{email}” has nothing before the @.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="153"/>
        <source>Tên miền của địa chỉ email “{email}” không hợp lệ (ví dụ đúng: ten@gmail.com).</source>
        <translation>The domain of the email address “{email}” is not valid (a valid example: name@gmail.com).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="155"/>
        <source>ngày sinh</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="156"/>
        <source>ngày cấp</source>
        <translation>date of issue</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="157"/>
        <source>Mã QR: {what} “{text}” không đúng dạng ngàyThángNăm (ddMMyyyy).</source>
        <translation>QR code: the {what} “{text}” is not in the ddMMyyyy form.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="159"/>
        <source>Mã QR: {what} “{text}” không phải ngày có thật.</source>
        <translation>QR code: the {what} “{text}” is not a real date.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="160"/>
        <source>Mã QR: giới tính “{gender}” không hợp lệ (phải là Nam hoặc Nữ).</source>
        <translation>QR code: the gender “{gender}” is not valid (it must be Nam or Nữ).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="162"/>
        <source>Mã QR: {problem}</source>
        <translation>QR code: {problem}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="163"/>
        <source>Mã QR: số CMND cũ “{old}” phải gồm đúng 9 chữ số.</source>
        <translation>QR code: the old CMND number “{old}” must have exactly 9 digits.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="164"/>
        <source>Mã QR: thiếu họ và tên.</source>
        <translation>QR code: the full name is missing.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="165"/>
        <source>Mã QR: ngày cấp {issued} trước ngày sinh {born}.</source>
        <translation>QR code: the date of issue {issued} is before the date of birth {born}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="166"/>
        <source>Mã QR trống: hãy quét lại thẻ.</source>
        <translation>The QR code is empty: scan the card again.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="167"/>
        <source>Không nhận dạng được mã QR: có {count} trường, mã QR CCCD gắn chip có {expected} trường phân cách bởi dấu |.</source>
        <translation>Unrecognised QR code: it has {count} fields; a chip CCCD&apos;s QR code has {expected} fields separated by |.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="170"/>
        <source>Không nhận dạng được mã QR: đây không phải mã QR trên thẻ CCCD.</source>
        <translation>Unrecognised QR code: this is not the QR code of a CCCD card.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="172"/>
        <source>Chưa nhập {label}.</source>
        <translation>No {label} entered.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="173"/>
        <source>{label} dài quá {limit} ký tự.</source>
        <translation>{label} is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="174"/>
        <source>họ tên người nộp</source>
        <translation>applicant&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="175"/>
        <source>tên tổ chức</source>
        <translation>organization name</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="176"/>
        <source>địa chỉ</source>
        <translation>address</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="177"/>
        <source>tên thành phần hồ sơ</source>
        <translation>component name</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="178"/>
        <source>địa chỉ nhận kết quả qua bưu chính</source>
        <translation>address for the result by post</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="179"/>
        <source>ghi chú</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="180"/>
        <source>họ tên người được ủy quyền</source>
        <translation>authorized person&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="181"/>
        <source>giấy ủy quyền (số, ngày)</source>
        <translation>authorization letter (number, date)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="182"/>
        <source>lý do</source>
        <translation>reason</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="183"/>
        <source>lý do yêu cầu bổ sung</source>
        <translation>reason for the supplement request</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="184"/>
        <source>lý do từ chối</source>
        <translation>reason for the refusal</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="185"/>
        <source>lý do rút hồ sơ</source>
        <translation>reason for the withdrawal</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="186"/>
        <source>Ngày sinh không được sau ngày hôm nay.</source>
        <translation>Date of birth cannot be later than today.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="187"/>
        <source>Chưa nhập số định danh cá nhân (CCCD) hoặc CMND của người nộp.</source>
        <translation>No personal identification number (CCCD) or CMND of the applicant entered.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="189"/>
        <source>Số lượng bản phải từ 0 đến 999.</source>
        <translation>The number of copies must be between 0 and 999.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="190"/>
        <source>Thiếu thành phần bắt buộc: {name}. Hướng dẫn bổ sung (Mẫu 02) hoặc nhận đủ giấy tờ trước khi tiếp nhận.</source>
        <translation>A required component is missing: {name}. Give written guidance for a supplement (Form 02) or receive every document before receiving the dossier.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="193"/>
        <source>Chưa chọn thủ tục hành chính.</source>
        <translation>No administrative procedure has been chosen.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="194"/>
        <source>Thủ tục không khớp với danh mục.</source>
        <translation>The procedure does not match the catalog.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="195"/>
        <source>Số bộ hồ sơ phải từ 1 đến 99.</source>
        <translation>The number of sets must be between 1 and 99.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="196"/>
        <source>Kênh tiếp nhận tại quầy phải là trực tiếp hoặc bưu chính.</source>
        <translation>A counter receives dossiers in person or by post only.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="198"/>
        <source>Hình thức trả kết quả không hợp lệ.</source>
        <translation>The way the result is returned is not valid.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="199"/>
        <source>Phí, lệ phí phải là số tiền không âm (đồng).</source>
        <translation>Fees and charges must be an amount of money that is not negative (dong).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="200"/>
        <source>Hình thức nộp phí không hợp lệ.</source>
        <translation>The way the fee is paid is not valid.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="201"/>
        <source>Số bản phải từ 1 đến {high}.</source>
        <translation>The number of copies must be between 1 and {high}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="202"/>
        <source>Số trang mỗi bản phải từ 1 đến {high}.</source>
        <translation>The number of pages per copy must be between 1 and {high}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="203"/>
        <source>Trường hợp thời hạn giải quyết không có trong thủ tục này.</source>
        <translation>This procedure has no such statutory-time case.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="205"/>
        <source>Trường hợp thời hạn giải quyết không có trong thủ tục này (chọn: {names}).</source>
        <translation>This procedure has no such statutory-time case (choose: {names}).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="207"/>
        <source>Thủ tục {code} không có trường hợp thời hạn “{case}”.</source>
        <translation>Procedure {code} has no statutory-time case “{case}”.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="209"/>
        <source>{label} không được sau ngày hôm nay.</source>
        <translation>{label} cannot be later than today.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="210"/>
        <source>Số giấy tờ không khớp với người nộp hồ sơ; nếu nhận thay, chọn người được ủy quyền.</source>
        <translation>The ID number does not match the applicant&apos;s; if someone collects on the applicant&apos;s behalf, choose the authorized person.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="213"/>
        <source>Chưa nhập thông tin người được ủy quyền nhận kết quả.</source>
        <translation>No details of the person authorized to collect the result entered.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="215"/>
        <source>Mã vận đơn bưu chính phải gồm 6–30 chữ cái hoặc chữ số.</source>
        <translation>A postal waybill number has 6–30 letters or digits.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="216"/>
        <source>Hình thức nhận kết quả không hợp lệ.</source>
        <translation>The way the result is collected is not valid.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="217"/>
        <source>Không tìm thấy hồ sơ có mã “{code}”.</source>
        <translation>No dossier has the code “{code}”.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="218"/>
        <source>Thủ tục “{code}” không có trong danh mục của đơn vị.</source>
        <translation>The procedure “{code}” is not in the unit&apos;s catalog.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="220"/>
        <source>Không có mẫu “{form}”.</source>
        <translation>There is no form “{form}”.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="221"/>
        <source>Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)</source>
        <translation>the receipt and appointment slip (Form 01)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="222"/>
        <source>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)</source>
        <translation>the supplement request (Form 02)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="223"/>
        <source>Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)</source>
        <translation>the refusal notice (Form 03)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="225"/>
        <source>thiết bị</source>
        <translation>device</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="226"/>
        <source>danh mục thủ tục</source>
        <translation>procedure catalog</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="227"/>
        <source>lịch làm việc</source>
        <translation>work calendar</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="228"/>
        <source>Quầy chưa được thiết lập: thiếu {missing}.</source>
        <translation>The counter is not set up: missing {missing}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="229"/>
        <source>Chưa chọn thành phần hồ sơ của bản quét.</source>
        <translation>No dossier component chosen for the scan.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="230"/>
        <source>Số trang của bản quét phải từ 1 trở lên.</source>
        <translation>A scan must have at least 1 page.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="231"/>
        <source>Kiểu tệp của bản quét không hợp lệ.</source>
        <translation>The scan&apos;s file type is not valid.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="232"/>
        <source>Bản quét rỗng.</source>
        <translation>The scan is empty.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="233"/>
        <source>Hồ sơ không có thành phần nào để in tờ phân cách.</source>
        <translation>The dossier has no components to print separator sheets for.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="234"/>
        <source>Chưa có trang nào để đính kèm.</source>
        <translation>There are no pages to attach yet.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="235"/>
        <source>Chưa có trang nào để đính kèm (chỉ có tờ phân cách).</source>
        <translation>There are no pages to attach yet (only separator sheets).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="237"/>
        <source>Tờ phân cách ghi thành phần số {index}, hồ sơ chỉ có {count} thành phần.</source>
        <translation>The separator sheet names component {index}, but the dossier has only {count} components.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="239"/>
        <source>Địa chỉ máy quét mạng phải bắt đầu bằng http:// hoặc https://: {address}</source>
        <translation>A network scanner&apos;s address must start with http:// or https://: {address}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="241"/>
        <source>Không có thư mục {folder} (hoặc máy tính không vào được).</source>
        <translation>There is no folder {folder} (or this computer cannot reach it).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="243"/>
        <source>Ngôn ngữ phải là tiếng Việt hoặc tiếng Anh.</source>
        <translation>The language must be Vietnamese or English.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="244"/>
        <source>Thời gian tự khóa màn hình phải từ 1 đến 240 phút.</source>
        <translation>The screen lock time must be between 1 and 240 minutes.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="245"/>
        <source>Chưa chọn cổng COM của máy quét (hoặc bỏ chọn chế độ cổng COM).</source>
        <translation>No COM port chosen for the scanner (or turn COM port mode off).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="247"/>
        <source>Tốc độ cổng COM phải là một trong: {choices}.</source>
        <translation>The COM port speed must be one of: {choices}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="248"/>
        <source>Thủ tục không có trong danh mục: {codes}.</source>
        <translation>Procedures not in the catalog: {codes}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="249"/>
        <source>Tài khoản tạm khóa do nhập sai mật khẩu {failures} lần; mở khóa lúc {time}.</source>
        <translation>The account is locked after {failures} wrong passwords; it opens at {time}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="251"/>
        <source>Tên đăng nhập gồm 3–64 chữ thường, số, &apos;.&apos;, &apos;_&apos; hoặc &apos;-&apos;.</source>
        <translation>A user name has 3–64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="253"/>
        <source>Vai trò phải là một trong: {roles}.</source>
        <translation>The role must be one of: {roles}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="254"/>
        <source>Mật khẩu phải có ít nhất 8 ký tự.</source>
        <translation>A password has at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="255"/>
        <source>Chưa nhập họ tên cán bộ.</source>
        <translation>No full name of the clerk entered.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="256"/>
        <source>Hai lần nhập mật khẩu không khớp.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="257"/>
        <source>Tên đăng nhập “{username}” đã có.</source>
        <translation>The user name “{username}” already exists.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="258"/>
        <source>Không có tài khoản này ở quầy.</source>
        <translation>There is no such account at this counter.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="259"/>
        <source>Sai tên đăng nhập hoặc mật khẩu.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="260"/>
        <source>Sai tên đăng nhập hoặc mật khẩu. Còn 1 lần thử; sai lần nữa tài khoản sẽ bị tạm khóa.</source>
        <translation>Wrong user name or password. One try left; one more wrong password locks the account for a while.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="263"/>
        <source>Địa chỉ hệ thống tỉnh phải bắt đầu bằng https:// (hoặc http://).</source>
        <translation>The provincial system&apos;s address must start with https:// (or http://).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="265"/>
        <source>Chưa nhập mã đăng ký thiết bị.</source>
        <translation>No device enrollment code entered.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="266"/>
        <source>Mã đăng ký này không gắn với số quầy nên máy không cấp được mã hồ sơ; đề nghị quản trị cấp mã đăng ký có số quầy.</source>
        <translation>This enrollment code has no counter number, so this computer could not issue dossier codes; ask the administrator for an enrollment code with a counter number.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="269"/>
        <source>Máy này đang giữ hồ sơ của đơn vị {other}; không thể đăng ký vào đơn vị {unit}. Hãy dùng mã đăng ký của đơn vị {other}.</source>
        <translation>This computer holds dossiers of unit {other}; it cannot enroll in unit {unit}. Use an enrollment code of unit {other}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="272"/>
        <source>Không lưu được tệp vào {root}: {error}</source>
        <translation>Could not save the file in {root}: {error}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="273"/>
        <source>Không kết nối được hệ thống tỉnh</source>
        <translation>Cannot reach the provincial system</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="274"/>
        <source>Dữ liệu không gửi được dưới dạng JSON: {error}</source>
        <translation>The data cannot be sent as JSON: {error}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="275"/>
        <source>Địa chỉ hệ thống tỉnh không hợp lệ: {address}</source>
        <translation>The provincial system&apos;s address is not valid: {address}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="276"/>
        <source>Hệ thống tỉnh trả lời không đọc được.</source>
        <translation>The provincial system&apos;s answer cannot be read.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="277"/>
        <source>Hệ thống tỉnh trả lời đăng ký thiết bị không đúng dạng.</source>
        <translation>The provincial system&apos;s answer to the enrollment is not in the expected form.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="278"/>
        <source>Hệ thống tỉnh trả lời đăng nhập không đúng dạng.</source>
        <translation>The provincial system&apos;s answer to the login is not in the expected form.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="279"/>
        <source>Hệ thống tỉnh trả lời thiếu kết quả cho các sự kiện đã gửi.</source>
        <translation>The provincial system&apos;s answer lacks results for the events sent.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="281"/>
        <source>Hệ thống tỉnh trả lời danh sách thay đổi không đúng dạng.</source>
        <translation>The provincial system&apos;s list of changes is not in the expected form.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="283"/>
        <source>Hệ thống tỉnh trả lời thiếu {name}.</source>
        <translation>The provincial system&apos;s answer lacks {name}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="284"/>
        <source>Hệ thống tỉnh không chấp nhận mã thiết bị của quầy.</source>
        <translation>The provincial system does not accept this counter&apos;s device token.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="285"/>
        <source>Hệ thống tỉnh đang gặp lỗi (mã {status}); quầy sẽ thử lại sau.</source>
        <translation>The provincial system is failing (code {status}); the counter will try again later.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="287"/>
        <source>Hệ thống tỉnh từ chối yêu cầu (mã {status}).</source>
        <translation>The provincial system refused the request (code {status}).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="288"/>
        <source>Quầy chưa đăng ký với hệ thống tỉnh; cần mã đăng ký do quản trị cấp.</source>
        <translation>The counter is not enrolled with the provincial system; it needs an enrollment code from the administrator.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="290"/>
        <source>Lỗi tại quầy khi đồng bộ: {kind}</source>
        <translation>Error at the counter while syncing: {kind}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="291"/>
        <source>Hệ thống tỉnh trả lời không khớp các sự kiện đã gửi.</source>
        <translation>The provincial system&apos;s answer does not match the events sent.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="292"/>
        <source>Đang gửi {count} sự kiện lên hệ thống tỉnh</source>
        <translation>Sending {count} events to the provincial system</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="293"/>
        <source>Đang gửi tệp quét {sha}…</source>
        <translation>Sending scan {sha}…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="294"/>
        <source>Đang nhận tiến độ xử lý từ hệ thống tỉnh</source>
        <translation>Receiving processing progress from the provincial system</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="295"/>
        <source>Đang cập nhật danh mục thủ tục và lịch làm việc</source>
        <translation>Updating the procedure catalog and the work calendar</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="296"/>
        <source>Danh mục thủ tục từ hệ thống tỉnh không hợp lệ: {error}</source>
        <translation>The procedure catalog from the provincial system is not valid: {error}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="298"/>
        <source>Lịch làm việc năm {year} không hợp lệ: {error}</source>
        <translation>The work calendar of {year} is not valid: {error}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="299"/>
        <source>Tệp quét {sha}… không còn trong máy.</source>
        <translation>Scan {sha}… is no longer on this computer.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="300"/>
        <source>Tệp quét {sha}… trong máy đã hỏng (không khớp SHA-256).</source>
        <translation>Scan {sha}… on this computer is damaged (its SHA-256 does not match).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="302"/>
        <source>Đang đồng bộ với hệ thống tỉnh</source>
        <translation>Syncing with the provincial system</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="303"/>
        <source>Đã dừng đồng bộ</source>
        <translation>Sync stopped</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="304"/>
        <source>Không kết nối được hệ thống tỉnh; thử lại lúc {time}</source>
        <translation>Cannot reach the provincial system; next try at {time}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="305"/>
        <source>{error} Thử lại lúc {time}.</source>
        <translation>{error} Next try at {time}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="306"/>
        <source>Đã đồng bộ lúc {time}</source>
        <translation>Synced at {time}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="307"/>
        <source>Đã đồng bộ lúc {time}; còn {pending} sự kiện chờ gửi</source>
        <translation>Synced at {time}; {pending} events still to send</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="308"/>
        <source>Đã đồng bộ lúc {time}; {set_aside} sự kiện bị từ chối, cần kiểm tra</source>
        <translation>Synced at {time}; {set_aside} events refused, to be checked</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="310"/>
        <source>Đã đồng bộ lúc {time}; còn {pending} sự kiện chờ gửi; {set_aside} sự kiện bị từ chối, cần kiểm tra</source>
        <translation>Synced at {time}; {pending} events still to send; {set_aside} events refused, to be checked</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="313"/>
        <source>ổ đĩa đã đầy</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="314"/>
        <source>không có quyền ghi vào thư mục này</source>
        <translation>no permission to write in this folder</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="315"/>
        <source>thư mục không tồn tại</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="316"/>
        <source>Không xuất được báo cáo ra định dạng “{format}”.</source>
        <translation>Reports cannot be exported as “{format}”.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="317"/>
        <source>Không lưu được tệp “{name}”: {reason}. Tệp cũ (nếu có) vẫn giữ nguyên.</source>
        <translation>Could not save “{name}”: {reason}. The old file (if any) is unchanged.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="319"/>
        <source>Hệ thống tỉnh trả lời {what} không đúng dạng.</source>
        <translation>The provincial system&apos;s {what} answer is malformed.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="320"/>
        <source>Biểu 06 của hệ thống tỉnh không cân (tiếp nhận ≠ đã giải quyết + đang giải quyết).</source>
        <translation>The provincial system&apos;s Form 06 does not add up (received ≠ resolved + in progress).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="322"/>
        <source>Chỉ đánh giá được hồ sơ đã trả kết quả; hồ sơ {code} đang ở trạng thái “{status}”.</source>
        <translation>Only a dossier whose result was handed back can be rated; dossier {code} is “{status}”.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="324"/>
        <source>Hồ sơ {code} đã được đánh giá lúc {when}; mỗi hồ sơ chỉ đánh giá một lần.</source>
        <translation>Dossier {code} was rated at {when}; each dossier is rated once.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="326"/>
        <source>Hồ sơ {code} đã ghi nhận bỏ qua đánh giá lúc {when}; mỗi hồ sơ chỉ đánh giá một lần.</source>
        <translation>Dossier {code} had its rating skipped at {when}; each dossier is rated once.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="329"/>
        <source>Bảng điều hành chỉ dành cho giám sát viên và quản trị viên; tài khoản này không có quyền xem.</source>
        <translation>The dashboard is for supervisors and administrators; this account may not see it.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="332"/>
        <source>Số ngày chờ nhận kết quả phải là số nguyên từ {low} đến {high}.</source>
        <translation>The days a result may wait must be a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="334"/>
        <source>Kỳ thống kê phải là 7, 30 hoặc 90 ngày.</source>
        <translation>The period must be 7, 30 or 90 days.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="335"/>
        <source>Đã hủy lập báo cáo.</source>
        <translation>Report cancelled.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="336"/>
        <source>Phạm vi báo cáo phải là quầy hoặc đơn vị.</source>
        <translation>A report covers the counter or the unit.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="337"/>
        <source>Cán bộ tiếp nhận chỉ xem được số liệu của quầy mình; số liệu của đơn vị dành cho lãnh đạo bộ phận một cửa và quản trị viên.</source>
        <translation>A clerk sees their own counter&apos;s figures; the unit&apos;s are for the desk&apos;s supervisors and administrators.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="340"/>
        <source>Ngày cuối kỳ ({end}) đứng trước ngày đầu kỳ ({start}).</source>
        <translation>The period&apos;s end ({end}) is before its start ({start}).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="342"/>
        <source>Kỳ báo cáo dài quá 5 năm; hãy chọn kỳ ngắn hơn.</source>
        <translation>The period is longer than 5 years; choose a shorter one.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="343"/>
        <source>Cột này không phải một số liệu của Biểu 06.</source>
        <translation>This column is not a Form 06 figure.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="344"/>
        <source>Biểu 06 không có dòng lĩnh vực “{row}”.</source>
        <translation>Form 06 has no row for the field “{row}”.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="345"/>
        <source>Chỉ số được tổng hợp theo quầy, đơn vị, lĩnh vực hoặc thủ tục.</source>
        <translation>Indicators are grouped by counter, unit, field or procedure.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="347"/>
        <source>Chỉ Biểu 06 có danh sách hồ sơ theo từng ô số liệu.</source>
        <translation>Only Form 06 lists the dossiers behind each figure.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="348"/>
        <source>Chưa đăng ký được máy với hệ thống tỉnh ({url}): {error}</source>
        <translation>This PC could not be enrolled with the provincial system ({url}): {error}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="350"/>
        <source>Ngày kết thúc ({end}) trước ngày bắt đầu ({start}); hãy chọn lại khoảng thời gian.</source>
        <translation>The end date ({end}) is before the start date ({start}); choose the period again.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="353"/>
        <source>Ngày bắt đầu ({start}) chưa đến; báo cáo chỉ lập được cho ngày đã qua hoặc hôm nay.</source>
        <translation>The start date ({start}) has not come yet; reports cover past days or today only.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="356"/>
        <source>Ngày kết thúc ({end}) chưa đến; hãy chọn đến ngày {today} hoặc sớm hơn.</source>
        <translation>The end date ({end}) has not come yet; choose {today} or earlier.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="359"/>
        <source>Kênh nhận thông báo không hợp lệ.</source>
        <translation>The notification channel is not valid.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="361"/>
        <source>Để báo tin qua {channel} cần số điện thoại di động của người nộp (chưa có số điện thoại); nếu không có, chọn “Không nhận thông báo”.</source>
        <translation>Messages by {channel} need the applicant&apos;s mobile number (no phone number given); without one, choose “No notifications”.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="365"/>
        <source>Để báo tin qua {channel} cần số điện thoại di động của người nộp (số điện thoại là số máy bàn); nếu không có, chọn “Không nhận thông báo”.</source>
        <translation>Messages by {channel} need the applicant&apos;s mobile number (this number is a landline); without one, choose “No notifications”.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/messages.py" line="369"/>
        <source>Hệ thống tỉnh đang nhận nhiều tệp quét của đơn vị cùng lúc; quầy sẽ gửi tiếp ở lượt sau.</source>
        <translation>The provincial system is receiving many of the unit's scans at once; this counter will go on at the next pass.</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="37"/>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="38"/>
        <source>Bưu chính</source>
        <translation>By post</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="41"/>
        <source>Tại bộ phận một cửa</source>
        <translation>At the one-stop desk</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="42"/>
        <source>Qua bưu chính công ích</source>
        <translation>Via the public postal service</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="44"/>
        <source>Địa chỉ nhận kết quả qua bưu chính</source>
        <translation>Address for receiving results by post</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="53"/>
        <source> đồng</source>
        <translation> VND</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="55"/>
        <source>Nộp trước</source>
        <translation>Paid upfront</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="55"/>
        <source>Nộp sau</source>
        <translation>Paid later</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="56"/>
        <source>Miễn</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="56"/>
        <source>Không thu</source>
        <translation>Not charged</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="60"/>
        <source>Người nộp thay (ủy &amp;quyền)</source>
        <translation>Submitted by an a&amp;uthorized person</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="63"/>
        <source>Họ và tên người nộp thay</source>
        <translation>Full name of the person submitting on the applicant&apos;s behalf</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="64"/>
        <source>12 số CCCD hoặc 9 số CMND</source>
        <translation>12-digit CCCD or 9-digit CMND number</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="67"/>
        <source>Số, ngày của giấy ủy quyền</source>
        <translation>Number and date of the authorization letter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="68"/>
        <source>không bắt buộc</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="71"/>
        <source>Không nhận thông báo</source>
        <translation>No notifications</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="72"/>
        <source>SMS (công dân đồng ý nhận tin)</source>
        <translation>SMS (the citizen agrees)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="73"/>
        <source>Zalo ZNS (công dân đồng ý nhận tin)</source>
        <translation>Zalo ZNS (the citizen agrees)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="120"/>
        <source>&amp;Kênh tiếp nhận</source>
        <translation>Intake &amp;channel</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="122"/>
        <source>Số &amp;bộ hồ sơ</source>
        <translation>Dossier &amp;sets</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="124"/>
        <source>T&amp;rả kết quả</source>
        <translation>&amp;Return of results</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="126"/>
        <source>Thời hạn giải quyết</source>
        <translation>Processing time</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="130"/>
        <source>Địa chỉ &amp;nhận</source>
        <translation>Deli&amp;very address</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="134"/>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="313"/>
        <source>Số bản &amp;chứng thực</source>
        <translation>Certified c&amp;opies</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="135"/>
        <source>Số trang &amp;mỗi bản</source>
        <translation>Pages per cop&amp;y</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="142"/>
        <source>Phí, &amp;lệ phí</source>
        <translation>&amp;Fees and charges</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="144"/>
        <source>Hình thức nộp</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="149"/>
        <source>Họ tên người nộp thay</source>
        <translation>Name of authorized person</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="151"/>
        <source>Số CCCD/CMND</source>
        <translation>CCCD/CMND number</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="153"/>
        <source>Giấy ủy quyền</source>
        <translation>Authorization letter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="159"/>
        <source>Gh&amp;i chú</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="161"/>
        <source>Báo tin SMS/&amp;Zalo</source>
        <translation>Notify by SMS/&amp;Zalo</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="310"/>
        <source>Số lượng cần &amp;cấp ({per})</source>
        <translation>C&amp;opies to issue ({per})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="311"/>
        <source>bản</source>
        <translation>copies</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="324"/>
        <source>{name}: {amount} đồng/{per}</source>
        <translation>{name}: {amount} VND/{per}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="327"/>
        <source>; từ {per} thứ {n}: {amount} đồng</source>
        <translation>; from {per} {n} on: {amount} VND</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="330"/>
        <source>; tối đa {amount} đồng/bản</source>
        <translation>; at most {amount} VND per copy</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="323"/>
        <source>hồ sơ</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="317"/>
        <source>Thủ tục này không thu phí, lệ phí.</source>
        <translation>This procedure has no fees or charges.</translation>
    </message>
</context>
<context>
    <name>PageList</name>
    <message>
        <location filename="../../counter_app/ui/scanning/page_list.py" line="56"/>
        <source>Trang có vẻ để trắng: xem lại rồi giữ hoặc xóa (Delete).</source>
        <translation>This page looks blank: check it, then keep it or delete it (Delete).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/page_list.py" line="63"/>
        <source>Trang %s</source>
        <translation>Page %s</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/page_list.py" line="65"/>
        <source>Tờ phân cách – TP %s</source>
        <translation>Separator sheet – component %s</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/page_list.py" line="67"/>
        <source>trắng?</source>
        <translation>blank?</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location filename="../../counter_app/ui/printing/controller.py" line="66"/>
        <source>Chưa có phiếu nào để in lại.</source>
        <translation>There is no slip to reprint yet.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/controller.py" line="82"/>
        <source>Chưa có phiếu nào để xem trước.</source>
        <translation>No slip to preview yet.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/controller.py" line="84"/>
        <source>Xem trước khi in — {code}</source>
        <translation>Print preview — {code}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/controller.py" line="96"/>
        <source>Chưa có phiếu nào để lưu.</source>
        <translation>No slip to save yet.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/controller.py" line="100"/>
        <source>Lưu phiếu thành PDF</source>
        <translation>Save slip as PDF</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/controller.py" line="109"/>
        <source>Không lưu được tệp: {e}</source>
        <translation>Could not save the file: {e}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/controller.py" line="120"/>
        <source>Không tạo được phiếu để in: {e}</source>
        <translation>Could not create the slip for printing: {e}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/controller.py" line="135"/>
        <source>Chưa in được phiếu của hồ sơ {code}: {why} Ctrl+P: in lại.</source>
        <translation>Could not print the slip of dossier {code}: {why} Ctrl+P: print again.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/controller.py" line="143"/>
        <source>Đã in {title} của hồ sơ {code}.</source>
        <translation>Printed {title} for dossier {code}.</translation>
    </message>
</context>
<context>
    <name>Printers</name>
    <message>
        <location filename="../../counter_app/ui/printing/printers.py" line="39"/>
        <source>Máy in: không tìm thấy</source>
        <translation>Printer: not found</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/printers.py" line="40"/>
        <source>Máy in “{name}” đã chọn trong Cài đặt không có trên máy tính này. Phiếu vẫn được lưu; chọn máy in khác hoặc lưu phiếu thành PDF.</source>
        <translation>The printer “{name}” chosen in Settings is not on this computer. Slips are still kept; choose another printer or save the slip as PDF.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/printers.py" line="46"/>
        <source>Không có máy in</source>
        <translation>No printer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/printers.py" line="47"/>
        <source>Máy tính chưa cài máy in nào. Phiếu vẫn được lưu; cài máy in rồi bấm Ctrl+P để in lại, hoặc Ctrl+Shift+S để lưu phiếu thành PDF.</source>
        <translation>This computer has no printer installed. Slips are still kept; install a printer and press Ctrl+P to print again, or Ctrl+Shift+S to save the slip as PDF.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/printers.py" line="53"/>
        <source>Máy in: chưa có máy in mặc định</source>
        <translation>Printer: no default printer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/printers.py" line="54"/>
        <source>Máy tính có máy in nhưng chưa đặt máy in mặc định: chọn máy in phiếu hẹn trong Cài đặt.</source>
        <translation>This computer has printers but no default one: choose the slip printer in Settings.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/printers.py" line="58"/>
        <source>Máy in: đang báo lỗi</source>
        <translation>Printer: error</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/printers.py" line="59"/>
        <source>Máy in “{name}” đang báo lỗi (tắt, hết giấy hoặc kẹt giấy).</source>
        <translation>The printer “{name}” reports an error (off, out of paper or jammed).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/printers.py" line="61"/>
        <source>{name} (mặc định)</source>
        <translation>{name} (default)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/printers.py" line="62"/>
        <source>Máy in: {name}</source>
        <translation>Printer: {name}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/printers.py" line="63"/>
        <source>Phiếu hẹn in ra máy in “{name}”.</source>
        <translation>Slips print on “{name}”.</translation>
    </message>
</context>
<context>
    <name>ProcedureFieldsPanel</name>
    <message>
        <location filename="../../counter_app/ui/intake/procedure_fields.py" line="31"/>
        <source>Thông tin riêng của thủ tục</source>
        <translation>Procedure-specific details</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/procedure_fields.py" line="107"/>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/procedure_fields.py" line="107"/>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/procedure_fields.py" line="115"/>
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/procedure_fields.py" line="119"/>
        <source>12 số CCCD hoặc 9 số CMND</source>
        <translation>12-digit CCCD or 9-digit CMND number</translation>
    </message>
</context>
<context>
    <name>ProcedurePicker</name>
    <message>
        <location filename="../../counter_app/ui/intake/procedure_picker.py" line="40"/>
        <source>Gõ mã hoặc tên thủ tục, ví dụ: chung thuc ban sao</source>
        <translation>Type a procedure code or name, e.g. chung thuc ban sao</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/procedure_picker.py" line="264"/>
        <source>{n} giờ làm việc</source>
        <translation>{n} working hours</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/procedure_picker.py" line="266"/>
        <source>{n} ngày</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/procedure_picker.py" line="268"/>
        <source>trong ngày</source>
        <translation>same day</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/procedure_picker.py" line="269"/>
        <source>{n} ngày làm việc</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/procedure_picker.py" line="215"/>
        <source>{duration} (nhận sau {time} trả vào ngày làm việc tiếp theo)</source>
        <translation>{duration} (if received after {time}, returned on the next working day)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/procedure_picker.py" line="217"/>
        <source>Lĩnh vực: {field} · Thời hạn giải quyết: {duration} · Cơ quan giải quyết: {agency}</source>
        <translation>Field: {field} · Processing time: {duration} · Processing agency: {agency}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/procedure_picker.py" line="232"/>
        <source>Không tìm thấy thủ tục phù hợp.</source>
        <translation>No matching procedure found.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="140"/>
        <location filename="../../counter_app/ui/returns/card.py" line="162"/>
        <source>Chưa thể trả kết quả</source>
        <translation>Results cannot be returned yet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="146"/>
        <source>Thông tin mới nhất từ cơ quan giải quyết:</source>
        <translation>Latest information from the processing agency:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="158"/>
        <source>Đã trả kết quả</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="160"/>
        <source>Hồ sơ đã kết thúc</source>
        <translation>Dossier closed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="163"/>
        <source>Trạng thái: %s</source>
        <translation>Status: %s</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="164"/>
        <source>Hẹn trả kết quả: %s</source>
        <translation>Results due: %s</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="167"/>
        <source>Chưa có thông tin từ cơ quan giải quyết.</source>
        <translation>No information from the processing agency yet.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="171"/>
        <source>Kết quả đã được trả lúc %s.</source>
        <translation>The results were returned at %s.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="174"/>
        <source>Hồ sơ đã kết thúc, không có kết quả để trả.</source>
        <translation>The dossier is closed; there are no results to return.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="177"/>
        <source>Hồ sơ đang tạm dừng chờ bổ sung: thời gian này không tính là quá hạn.</source>
        <translation>The dossier is on hold awaiting supplement: this time does not count towards being overdue.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="179"/>
        <source>Hồ sơ chưa có ngày hẹn trả.</source>
        <translation>The dossier has no due date yet.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="182"/>
        <source>%d ngày %d giờ</source>
        <translation>%d days %d hours</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="183"/>
        <source>%d giờ %d phút</source>
        <translation>%d hours %d minutes</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="184"/>
        <source>Đã quá hạn hẹn trả %s.</source>
        <translation>Overdue by %s.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="185"/>
        <source>Còn trong hạn giải quyết.</source>
        <translation>Still within the processing time limit.</translation>
    </message>
</context>
<context>
    <name>QtPrint</name>
    <message>
        <location filename="../../counter_app/ui/printing/qt_print.py" line="26"/>
        <source>Không tìm thấy máy in “{name}” (chọn máy khác trong Cài đặt).</source>
        <translation>Printer “{name}” not found (choose another one in Settings).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/qt_print.py" line="32"/>
        <source>Máy tính chưa có máy in nào.</source>
        <translation>This computer has no printer.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/qt_print.py" line="35"/>
        <source>Máy in “{name}” đang báo lỗi.</source>
        <translation>The printer “{name}” reports an error.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/qt_print.py" line="47"/>
        <source>Tệp PDF của phiếu bị hỏng; không in được.</source>
        <translation>The slip&apos;s PDF file is damaged; it cannot be printed.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/qt_print.py" line="64"/>
        <source>Máy in không nhận lệnh in (máy tắt, hết giấy hoặc đang tạm dừng).</source>
        <translation>The printer did not accept the job (off, out of paper or paused).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/qt_print.py" line="72"/>
        <source>Máy in dừng giữa chừng; hãy in lại.</source>
        <translation>The printer stopped midway; print again.</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <location filename="../../counter_app/ui/rating/texts.py" line="13"/>
        <source>Tổng thời gian giải quyết thủ tục hành chính so với thời gian quy định</source>
        <translation>Total time taken to resolve the procedure compared with the time allowed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/texts.py" line="15"/>
        <source>Thời gian thực hiện của từng cơ quan, đơn vị tham gia giải quyết (kể cả đơn vị phối hợp)</source>
        <translation>Time taken by each agency involved in resolving it (coordinating units included)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/texts.py" line="18"/>
        <source>Số lần phải liên hệ với nơi tiếp nhận để hoàn thiện hồ sơ (kể cả liên hệ trực tuyến)</source>
        <translation>Number of times you had to contact the receiving desk to complete the dossier (online contacts included)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/texts.py" line="21"/>
        <source>Số cơ quan, đơn vị, tổ chức phải liên hệ để hoàn thiện hồ sơ (kể cả liên hệ trực tuyến)</source>
        <translation>Number of agencies or organizations you had to contact to complete the dossier (online contacts included)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/texts.py" line="24"/>
        <source>Việc tiếp nhận hồ sơ, giải quyết, trả kết quả tại Bộ phận Một cửa</source>
        <translation>Receiving, resolving and returning the dossier at the one-stop desk</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/texts.py" line="26"/>
        <source>Công khai thủ tục hành chính</source>
        <translation>Public disclosure of the administrative procedure</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/texts.py" line="27"/>
        <source>Thái độ của cán bộ, công chức khi hướng dẫn lập hồ sơ, tiếp nhận hồ sơ và giải quyết thủ tục hành chính</source>
        <translation>Attitude of the officials who guided you, received the dossier and resolved the procedure</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/texts.py" line="30"/>
        <source>Tiếp thu, giải trình đối với ý kiến phản ánh, kiến nghị của người dân</source>
        <translation>How feedback and petitions from citizens are taken in and answered</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/texts.py" line="32"/>
        <source>Tiến độ và chất lượng cung cấp dịch vụ công trực tuyến</source>
        <translation>Progress and quality of the online public services provided</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/texts.py" line="33"/>
        <source>Mức độ thuận tiện khi sử dụng dịch vụ (dễ sử dụng, thời gian đáp ứng)</source>
        <translation>Convenience of the service (ease of use, response time)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/texts.py" line="35"/>
        <source>Đánh giá tổng thể dịch vụ</source>
        <translation>Overall assessment of the service</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/texts.py" line="40"/>
        <location filename="../../counter_app/ui/rating/texts.py" line="46"/>
        <source>Không hài lòng</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/texts.py" line="40"/>
        <location filename="../../counter_app/ui/rating/texts.py" line="47"/>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/texts.py" line="41"/>
        <location filename="../../counter_app/ui/rating/texts.py" line="47"/>
        <source>Rất hài lòng</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/texts.py" line="45"/>
        <source>Rất không hài lòng</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/texts.py" line="46"/>
        <source>Bình thường</source>
        <translation>Neutral</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../../counter_app/ui/rating/dialog.py" line="66"/>
        <source>Đánh giá sự hài lòng – hồ sơ %s</source>
        <translation>Satisfaction rating – dossier %s</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/dialog.py" line="73"/>
        <source>Ông/bà vui lòng đánh giá việc giải quyết hồ sơ %s</source>
        <translation>Please rate how dossier %s was handled</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/dialog.py" line="95"/>
        <location filename="../../counter_app/ui/rating/dialog.py" line="125"/>
        <source>← Câu trước  (Backspace)</source>
        <translation>← Previous question  (Backspace)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/dialog.py" line="106"/>
        <source>Nhìn chung, ông/bà hài lòng với việc giải quyết hồ sơ ở mức nào?</source>
        <translation>Overall, how satisfied are you with how your dossier was handled?</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/dialog.py" line="134"/>
        <source>Xin cảm ơn ông/bà đã đánh giá!
Ý kiến của ông/bà giúp chúng tôi phục vụ tốt hơn.</source>
        <translation>Thank you for your rating!
Your opinion helps us serve you better.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/dialog.py" line="147"/>
        <source>Bỏ qua  (Esc)</source>
        <translation>Skip  (Esc)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/dialog.py" line="161"/>
        <source>Phím số: chấm điểm tiêu chí (0, 1, 2) hoặc chọn mức hài lòng chung (1–5)</source>
        <translation>Digit keys: score a criterion (0, 1, 2) or choose the overall satisfaction level (1–5)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/dialog.py" line="166"/>
        <source>Quay lại câu trước</source>
        <translation>Back to the previous question</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/dialog.py" line="172"/>
        <source>Tiêu chí %s / %s</source>
        <translation>Criterion %s / %s</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/dialog.py" line="256"/>
        <location filename="../../counter_app/ui/rating/dialog.py" line="274"/>
        <source>Đóng  (Esc)</source>
        <translation>Close  (Esc)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/dialog.py" line="260"/>
        <source>Đã ghi nhận đánh giá của công dân cho hồ sơ %s.</source>
        <translation>The citizen&apos;s rating of dossier %s has been recorded.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/dialog.py" line="267"/>
        <source>Công dân bỏ qua đánh giá hồ sơ %s.</source>
        <translation>The citizen skipped rating dossier %s.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/dialog.py" line="276"/>
        <source>Chưa lưu được đánh giá: %s</source>
        <translation>The rating was not saved: %s</translation>
    </message>
</context>
<context>
    <name>ReadyList</name>
    <message>
        <location filename="../../counter_app/ui/returns/ready_list.py" line="28"/>
        <source>Hồ sơ đã có kết quả, chờ trả</source>
        <translation>Results ready, waiting to be returned</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/ready_list.py" line="82"/>
        <source>Đang tải danh sách hồ sơ chờ trả…</source>
        <translation>Loading the dossiers waiting to be returned…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/ready_list.py" line="84"/>
        <source>Chưa có hồ sơ nào chờ trả kết quả.</source>
        <translation>No dossier is waiting for its result to be returned.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/ready_list.py" line="86"/>
        <source>Đã tải {n} hồ sơ; cuộn xuống để xem thêm. ↓ để chọn, Enter để mở.</source>
        <translation>{n} dossiers loaded; scroll down for more. ↓ to choose, Enter to open.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/ready_list.py" line="89"/>
        <source>{n} hồ sơ chờ trả. ↓ để chọn, Enter để mở.</source>
        <translation>{n} dossiers waiting to be returned. ↓ to choose, Enter to open.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/ready_list.py" line="93"/>
        <source>Không đọc được danh sách hồ sơ: {e}</source>
        <translation>Could not read the dossier list: {e}</translation>
    </message>
</context>
<context>
    <name>RecipientPanel</name>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="60"/>
        <source>Trả kết quả</source>
        <translation>Return of results</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="63"/>
        <source>&amp;Người nộp hồ sơ nhận</source>
        <translation>&amp;Applicant collects</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="64"/>
        <source>Người được ủy &amp;quyền nhận thay</source>
        <translation>Au&amp;thorized person collects on the applicant&apos;s behalf</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="65"/>
        <source>Gửi qua &amp;bưu chính</source>
        <translation>Send by &amp;post</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="77"/>
        <source>Số CCCD/CMND người nhận xuất trình</source>
        <translation>CCCD/CMND number shown by the recipient</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="78"/>
        <source>Họ và tên người được ủy quyền</source>
        <translation>Full name of the authorized person</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="79"/>
        <source>Số CCCD/CMND của người được ủy quyền</source>
        <translation>CCCD/CMND number of the authorized person</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="80"/>
        <source>Ví dụ: Giấy ủy quyền số 12/UQ ngày 17/11/2025</source>
        <translation>E.g. Authorization letter No. 12/UQ dated 17/11/2025</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="81"/>
        <source>Ví dụ: EC123456789VN</source>
        <translation>E.g. EC123456789VN</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="89"/>
        <source>Đối chiếu giấy tờ (không bắt buộc):</source>
        <translation>Check ID document (optional):</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="91"/>
        <source>Họ và tên (*):</source>
        <translation>Full name (*):</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="92"/>
        <source>Số định danh (*):</source>
        <translation>Personal ID number (*):</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="93"/>
        <source>Giấy ủy quyền (*):</source>
        <translation>Authorization letter (*):</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="95"/>
        <source>Mã vận đơn (*):</source>
        <translation>Tracking number (*):</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="95"/>
        <source>Địa chỉ nhận:</source>
        <translation>Delivery address:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="103"/>
        <location filename="../../counter_app/ui/returns/recipient.py" line="175"/>
        <source>Xác nhận đã trả kết quả  (Ctrl+Enter)</source>
        <translation>Confirm results returned  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="146"/>
        <source>Trả cho %s, số định danh %s.</source>
        <translation>Return to %s, personal ID number %s.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="147"/>
        <source>(chưa ghi địa chỉ nhận)</source>
        <translation>(no delivery address recorded)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="174"/>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="72"/>
        <source>Từ chối tiếp nhận hồ sơ (Mẫu 03)</source>
        <translation>Refuse to receive dossier (Form 03)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="73"/>
        <source>Từ chối tiếp nhận (Ctrl+Enter)</source>
        <translation>Refuse to receive (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="74"/>
        <source>Ví dụ: Thủ tục không thuộc thẩm quyền giải quyết của cơ quan; hướng dẫn công dân nộp tại …</source>
        <translation>E.g. The procedure is outside this agency&apos;s competence; advise the citizen to submit at …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="76"/>
        <source>Người nộp: {applicant}
Thủ tục: {procedure}</source>
        <translation>Applicant: {applicant}
Procedure: {procedure}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="80"/>
        <source>&amp;Lý do từ chối</source>
        <translation>&amp;Reason for refusal</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="93"/>
        <source>Phải ghi rõ lý do từ chối tiếp nhận hồ sơ.</source>
        <translation>The reason for refusing to receive the dossier must be stated.</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <location filename="../../counter_app/ui/reports/table_model.py" line="92"/>
        <source>Enter hoặc nhấp đúp: xem danh sách hồ sơ</source>
        <translation>Enter or double-click: list the dossiers</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../counter_app/ui/reports/report_view.py" line="95"/>
        <source>Xuất Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/report_view.py" line="95"/>
        <source>Xuất PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/report_view.py" line="96"/>
        <source>Xuất CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/report_view.py" line="97"/>
        <source>Xuất báo cáo ra tệp Excel (XLSX)</source>
        <translation>Export the report to an Excel file (XLSX)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/report_view.py" line="98"/>
        <source>Xuất báo cáo ra tệp PDF</source>
        <translation>Export the report to a PDF file</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/report_view.py" line="99"/>
        <source>Xuất báo cáo ra tệp CSV</source>
        <translation>Export the report to a CSV file</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/report_view.py" line="109"/>
        <source>In báo cáo ({key})</source>
        <translation>Print report ({key})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/report_view.py" line="112"/>
        <source>In báo cáo (xem trước)</source>
        <translation>Print the report (preview)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/report_view.py" line="173"/>
        <source>Chưa có báo cáo để xuất; hãy lập báo cáo trước.</source>
        <translation>No report to export yet; run a report first.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/report_view.py" line="176"/>
        <source>Lưu báo cáo</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/report_view.py" line="194"/>
        <source>Đã lưu báo cáo vào {path}.</source>
        <translation>Report saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/report_view.py" line="199"/>
        <source>Không xuất được báo cáo: {why}</source>
        <translation>Could not export the report: {why}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/report_view.py" line="206"/>
        <source>Chưa có báo cáo để in; hãy lập báo cáo trước.</source>
        <translation>No report to print yet; run a report first.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/report_view.py" line="213"/>
        <source>Xem trước khi in — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
</context>
<context>
    <name>ReportsSlice</name>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="66"/>
        <source>Biểu 06 – Tình hình giải quyết hồ sơ</source>
        <translation>Form 06 – Dossier processing status</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="67"/>
        <source>Chỉ số đánh giá</source>
        <translation>Performance indicators</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="68"/>
        <source>Sổ theo dõi hồ sơ (Mẫu 07)</source>
        <translation>Dossier tracking book (Form 07)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="74"/>
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="74"/>
        <source>Tháng trước</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="75"/>
        <source>Quý này</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="75"/>
        <source>Năm nay</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="79"/>
        <source>Tùy chọn từ ngày – đến ngày</source>
        <translation>Custom from – to</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="85"/>
        <source>Lập báo cáo ({key})</source>
        <translation>Run report ({key})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="100"/>
        <source>Lập báo cáo đã chọn</source>
        <translation>Run the selected report</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="101"/>
        <source>Hủy báo cáo đang lập</source>
        <translation>Cancel the report being run</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="105"/>
        <source>&amp;Báo cáo:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="106"/>
        <source>&amp;Kỳ:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="107"/>
        <source>&amp;Từ ngày:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="108"/>
        <source>Đế&amp;n ngày:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="172"/>
        <source>Đang lập {name}…</source>
        <translation>Running {name}…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="184"/>
        <source>Không lập được báo cáo: {why}</source>
        <translation>Could not run the report: {why}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="187"/>
        <source>Đã hủy lập báo cáo.</source>
        <translation>Report cancelled.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="196"/>
        <source>Báo cáo này không có danh sách hồ sơ chi tiết.</source>
        <translation>This report has no dossier list behind its figures.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="201"/>
        <source>Đang lấy danh sách hồ sơ…</source>
        <translation>Fetching the dossier list…</translation>
    </message>
</context>
<context>
    <name>ReturnsSlice</name>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="49"/>
        <source>Từ ô mã hồ sơ: xuống danh sách hồ sơ chờ trả</source>
        <translation>From the code field: down to the list of results ready</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="53"/>
        <source>Xác nhận trả kết quả cho người nhận</source>
        <translation>Confirm handing the result to the recipient</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="55"/>
        <source>Bỏ hồ sơ đang mở, quét hoặc gõ mã khác</source>
        <translation>Close the open dossier, scan or type another code</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="58"/>
        <source>Quét, số hóa thành phần của hồ sơ đang mở</source>
        <translation>Scan and digitize the components of the open dossier</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="64"/>
        <source>Quét mã vạch trên phiếu hẹn hoặc gõ mã hồ sơ</source>
        <translation>Scan the barcode on the appointment slip or type the dossier code</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="67"/>
        <source>&amp;Mã hồ sơ:</source>
        <translation>&amp;Dossier code:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="69"/>
        <source>Mở hồ sơ  (Enter)</source>
        <translation>Open dossier  (Enter)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="94"/>
        <source>Quét mã vạch trên phiếu hẹn trả kết quả hoặc gõ mã hồ sơ rồi nhấn Enter: mã đầy đủ, ngày và số (ví dụ 251117-0006) hoặc chỉ số của hồ sơ nhận hôm nay. ↓ chọn trong danh sách chờ trả. Nhấn Esc để xóa và tiếp công dân khác.</source>
        <translation>Scan the barcode on the appointment slip or type the dossier code, then press Enter: the full code, the date and number (e.g. 251117-0006), or just the number of a dossier received today. ↓ chooses from the list waiting to be returned. Press Esc to clear and serve the next citizen.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="132"/>
        <source>Đang tìm hồ sơ %s…</source>
        <translation>Looking up dossier %s…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="225"/>
        <source>Không tìm thấy hồ sơ có mã %s. Hãy kiểm tra lại mã trên phiếu hẹn.</source>
        <translation>No dossier found with code %s. Please check the code on the appointment slip.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="235"/>
        <source>Đã mở hồ sơ %s.</source>
        <translation>Opened dossier %s.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="246"/>
        <source>Không mở được hồ sơ: %s</source>
        <translation>Could not open the dossier: %s</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="269"/>
        <source>Đã trả kết quả hồ sơ %s cho người nộp hồ sơ.</source>
        <translation>Results of dossier %s returned to the applicant.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="270"/>
        <source>Đã trả kết quả hồ sơ %s cho người được ủy quyền.</source>
        <translation>Results of dossier %s returned to the authorized person.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="271"/>
        <source>Đã ghi nhận gửi kết quả hồ sơ %s qua bưu chính.</source>
        <translation>Recorded that the results of dossier %s were sent by post.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="303"/>
        <location filename="../../counter_app/ui/returns/slice.py" line="310"/>
        <source>Không lưu được việc trả kết quả: %s</source>
        <translation>Could not save the return of results: %s</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/slice.py" line="307"/>
        <source>Chưa lưu: hãy sửa các ô báo lỗi.</source>
        <translation>Not saved: please correct the fields marked with errors.</translation>
    </message>
</context>
<context>
    <name>RunProgress</name>
    <message>
        <location filename="../../counter_app/ui/reports/progress.py" line="36"/>
        <source>Hủy (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <location filename="../../counter_app/ui/scanning/dialog.py" line="19"/>
        <source>Quét, số hóa thành phần hồ sơ %s</source>
        <translation>Scan and digitize the components of dossier %s</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/dialog.py" line="48"/>
        <source>Còn trang chưa đính kèm</source>
        <translation>Pages not attached yet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/dialog.py" line="49"/>
        <source>Còn %s trang đã quét chưa đính kèm vào hồ sơ. Đóng và bỏ các trang này?</source>
        <translation>%s scanned pages are not attached to the dossier yet. Close and discard them?</translation>
    </message>
</context>
<context>
    <name>ScanMessages</name>
    <message>
        <location filename="../../counter_app/ui/scanning/messages.py" line="12"/>
        <source>Kẹt giấy trong khay nạp. Gỡ tờ bị kẹt, đặt lại các trang chưa quét rồi nhấn Quét tiếp.</source>
        <translation>Paper jam in the feeder. Remove the jammed sheet, put back the pages not yet scanned and press Scan to continue.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/messages.py" line="15"/>
        <source>Khay nạp giấy trống. Đặt giấy vào khay (mặt cần quét theo hướng dẫn trên máy) rồi nhấn Quét.</source>
        <translation>The document feeder is empty. Load the paper (the side to scan as the device shows) and press Scan.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/messages.py" line="18"/>
        <source>Nắp máy quét đang mở. Đóng nắp rồi nhấn Quét tiếp.</source>
        <translation>The scanner cover is open. Close it and press Scan to continue.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/messages.py" line="20"/>
        <source>Mất kết nối với máy quét (cáp USB hoặc mạng). Kiểm tra dây, bật máy rồi nhấn Quét tiếp.</source>
        <translation>Lost the connection to the scanner (USB cable or network). Check the cable, switch the scanner on and press Scan to continue.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/messages.py" line="23"/>
        <source>Máy quét đang bận với máy tính khác. Chờ một lát rồi nhấn Quét.</source>
        <translation>The scanner is busy with another computer. Wait a moment and press Scan.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/messages.py" line="25"/>
        <source>Máy tính không được phép dùng máy quét này. Liên hệ quản trị.</source>
        <translation>This computer is not allowed to use this scanner. Contact the administrator.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/messages.py" line="27"/>
        <source>Không tìm thấy máy quét đã chọn. Kiểm tra máy đã bật và cắm cáp, rồi nhấn Tìm máy quét.</source>
        <translation>The chosen scanner was not found. Check that it is on and plugged in, then press Find scanners.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/messages.py" line="30"/>
        <source>Máy tính này chưa cài trình điều khiển máy quét.</source>
        <translation>The scanner driver is not installed on this computer.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/messages.py" line="32"/>
        <source>Ảnh quá lớn so với một trang giấy (có thể là tệp độc hại): không nhận tệp này.</source>
        <translation>The image is far larger than a sheet of paper (possibly a malicious file): this file is refused.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/messages.py" line="35"/>
        <source>Tệp bị hỏng hoặc chưa ghi xong, hoặc không phải PDF/JPEG/PNG/TIFF: không nhận tệp này.</source>
        <translation>The file is damaged or not completely written, or is not a PDF/JPEG/PNG/TIFF: this file is refused.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/messages.py" line="38"/>
        <source>Tệp PDF này không phải bản quét (không có một ảnh cho mỗi trang): không nhận tệp này.</source>
        <translation>This PDF is not a scan (it does not hold one image per page): this file is refused.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/messages.py" line="46"/>
        <source>Máy quét báo lỗi: %s</source>
        <translation>The scanner reported an error: %s</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/messages.py" line="49"/>
        <source>Các trang đã quét trước đó vẫn được giữ (%s trang).</source>
        <translation>The pages scanned before are kept (%s pages).</translation>
    </message>
</context>
<context>
    <name>ScanPanel</name>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="72"/>
        <source>Tìm máy quét</source>
        <translation>Find scanners</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="77"/>
        <source>Màu (tự chọn đen trắng/xám khi lưu)</source>
        <translation>Colour (black-and-white/grey chosen when saving)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="78"/>
        <source>Xám</source>
        <translation>Grey</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="78"/>
        <source>Đen trắng</source>
        <translation>Black and white</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="81"/>
        <source>Khay nạp giấy (ADF)</source>
        <translation>Document feeder (ADF)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="82"/>
        <source>Mặt kính</source>
        <translation>Flatbed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="83"/>
        <source>Quét hai mặt</source>
        <translation>Both sides (duplex)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="84"/>
        <source>Giữ màu trong tệp gửi</source>
        <translation>Keep colour in the file sent</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="87"/>
        <source>Máy quét:</source>
        <translation>Scanner:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="90"/>
        <source>Độ phân giải:</source>
        <translation>Resolution:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="97"/>
        <source>Quét  (F6)</source>
        <translation>Scan  (F6)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="99"/>
        <source>Dừng  (Esc)</source>
        <translation>Stop  (Esc)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="100"/>
        <source>Nhập tệp…  (Ctrl+O)</source>
        <translation>Import files…  (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="101"/>
        <source>Quét lại trang  (Shift+F6)</source>
        <translation>Rescan page  (Shift+F6)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="102"/>
        <source>Xoay  (R)</source>
        <translation>Rotate  (R)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="103"/>
        <source>Xóa trang  (Delete)</source>
        <translation>Delete page  (Delete)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="104"/>
        <source>In tờ phân cách…</source>
        <translation>Print separator sheets…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="132"/>
        <source>Đính kèm vào &amp;thành phần:</source>
        <translation>Attach to &amp;component:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="136"/>
        <source>Đính kèm  (Ctrl+Enter)</source>
        <translation>Attach  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="191"/>
        <source>Đang tìm máy quét…</source>
        <translation>Looking for scanners…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="201"/>
        <source>Chọn một trang để quét lại.</source>
        <translation>Select one page to rescan.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="209"/>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="220"/>
        <source>Chưa có trang nào để đính kèm.</source>
        <translation>There are no pages to attach yet.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="224"/>
        <source>Đang lưu bản quét…</source>
        <translation>Saving the scan…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="251"/>
        <source>Không vào được thư mục nhận bản quét %s.</source>
        <translation>Cannot open the scan folder %s.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="257"/>
        <source>Đang theo dõi thư mục %s: bản quét lưu vào đó tự hiện ở đây.</source>
        <translation>Watching the folder %s: scans saved there appear here by themselves.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="266"/>
        <source>Chưa chọn máy quét. Nhấn “Tìm máy quét” rồi chọn một máy.</source>
        <translation>No scanner chosen. Press “Find scanners” and choose one.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="285"/>
        <source>Đang quét…</source>
        <translation>Scanning…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="303"/>
        <source>Đang quét… đã nhận %s trang.</source>
        <translation>Scanning… %s pages received.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="316"/>
        <source>Đã quét %s trang. Tổng cộng %s trang chờ đính kèm.</source>
        <translation>Scanned %s pages. %s pages in all waiting to be attached.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="342"/>
        <source>Tệp trên máy</source>
        <translation>Files on this computer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="348"/>
        <source>Tìm thấy %s máy quét.</source>
        <translation>Found %s scanners.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="349"/>
        <source>Không tìm thấy máy quét nào. Kiểm tra máy đã bật và cắm cáp, hoặc dùng Nhập tệp…</source>
        <translation>No scanner found. Check that it is on and plugged in, or use Import files…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="367"/>
        <source>Đã đính kèm và đánh dấu đã số hóa: %s.</source>
        <translation>Attached and marked as digitized: %s.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="369"/>
        <source>Có tờ phân cách của hồ sơ khác trong xấp giấy; các trang sau nó vẫn được đính kèm vào hồ sơ này.</source>
        <translation>The stack held a separator sheet of another dossier; the pages after it were still attached to this dossier.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="381"/>
        <source>Chưa lưu được bản quét (các trang vẫn còn ở đây): %s</source>
        <translation>The scan could not be saved (the pages are still here): %s</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="407"/>
        <source>%s trang, gửi đi %s</source>
        <translation>%s pages, %s to send</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="410"/>
        <source>Trang có vẻ để trắng (tô vàng, chưa xóa): %s. Xem lại rồi giữ hoặc xóa.</source>
        <translation>Pages that look blank (yellow, not deleted): %s. Check them, then keep or delete them.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="432"/>
        <source>Nhập bản quét từ tệp</source>
        <translation>Import scans from files</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="432"/>
        <source>Bản quét (%s)</source>
        <translation>Scans (%s)</translation>
    </message>
</context>
<context>
    <name>ScanSettingsBox</name>
    <message>
        <location filename="../../counter_app/ui/scanning/settings_box.py" line="29"/>
        <source>Máy quét tài liệu (số hóa)</source>
        <translation>Document scanner (digitization)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/settings_box.py" line="32"/>
        <source>ví dụ http://192.168.1.50 (cách nhau bằng dấu phẩy)</source>
        <translation>e.g. http://192.168.1.50 (separated by commas)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/settings_box.py" line="35"/>
        <source>thư mục máy quét lưu bản quét vào (không bắt buộc)</source>
        <translation>the folder the scanner saves its scans into (optional)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/settings_box.py" line="36"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/settings_box.py" line="45"/>
        <source>Khay nạp giấy (ADF)</source>
        <translation>Document feeder (ADF)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/settings_box.py" line="46"/>
        <source>Mặt kính</source>
        <translation>Flatbed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/settings_box.py" line="47"/>
        <source>Quét hai mặt</source>
        <translation>Both sides (duplex)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/settings_box.py" line="48"/>
        <source>Giữ màu trong tệp gửi</source>
        <translation>Keep colour in the file sent</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/settings_box.py" line="55"/>
        <source>Máy quét mạng (eSCL):</source>
        <translation>Network scanners (eSCL):</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/settings_box.py" line="56"/>
        <source>Thư mục nhận bản quét:</source>
        <translation>Scan folder:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/settings_box.py" line="57"/>
        <source>Độ phân giải:</source>
        <translation>Resolution:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/settings_box.py" line="58"/>
        <source>Nguồn giấy:</source>
        <translation>Paper source:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/settings_box.py" line="96"/>
        <source>Thư mục nhận bản quét</source>
        <translation>Scan folder</translation>
    </message>
</context>
<context>
    <name>ScannerBox</name>
    <message>
        <location filename="../../counter_app/ui/settings/scanner_box.py" line="18"/>
        <source>Máy quét mã 2D</source>
        <translation>2D barcode scanner</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/scanner_box.py" line="19"/>
        <source>Máy quét nối qua cổng COM ảo (USB CDC), không gõ như bàn phím</source>
        <translation>Scanner on a virtual COM port (USB CDC), not typing as a keyboard</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/scanner_box.py" line="23"/>
        <source>Dùng khi máy quét không gõ được chữ tiếng Việt có dấu ở chế độ bàn phím.</source>
        <translation>Use this when the scanner cannot type Vietnamese letters in keyboard mode.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/scanner_box.py" line="34"/>
        <source>ví dụ COM3 hoặc ttyACM0</source>
        <translation>e.g. COM3 or ttyACM0</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/scanner_box.py" line="42"/>
        <source>Cổng COM:</source>
        <translation>COM port:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/scanner_box.py" line="43"/>
        <source>Tốc độ (baud):</source>
        <translation>Speed (baud):</translation>
    </message>
</context>
<context>
    <name>SearchSlice</name>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="81"/>
        <source>Tìm theo mã hồ sơ, họ tên (gõ không dấu cũng được), số CCCD hoặc số điện thoại</source>
        <translation>Search by dossier code, full name (diacritics optional), CCCD number or phone number</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="83"/>
        <source>&amp;Tìm hồ sơ:</source>
        <translation>&amp;Find dossier:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="90"/>
        <source>Lọc nhanh:</source>
        <translation>Quick filters:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="91"/>
        <source>Tiếp nhận hôm nay</source>
        <translation>Received today</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="92"/>
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="93"/>
        <source>Chờ trả kết quả</source>
        <translation>Awaiting return of results</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="94"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="95"/>
        <source>Chờ bổ sung</source>
        <translation>Awaiting supplement</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="101"/>
        <source>Bấm lần nữa để bỏ lọc.</source>
        <translation>Click again to remove the filter.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="104"/>
        <source>Lọc nhanh: {filter} (bấm lần nữa để bỏ lọc)</source>
        <translation>Quick filter: {filter} (press again to remove it)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="179"/>
        <source>{label}: {count}  (Alt+{n})</source>
        <translation>{label}: {count}  (Alt+{n})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="219"/>
        <source>Đang tải danh sách hồ sơ…</source>
        <translation>Loading the dossier list…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="227"/>
        <source>Không đọc được danh sách hồ sơ: %s</source>
        <translation>Could not read the dossier list: %s</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="234"/>
        <source>Không có hồ sơ nào phù hợp.</source>
        <translation>No matching dossiers.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="236"/>
        <source>Đã tải %s hồ sơ; cuộn xuống để xem thêm.</source>
        <translation>Loaded %s dossiers; scroll down to see more.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/slice.py" line="237"/>
        <source>Có %s hồ sơ.</source>
        <translation>%s dossiers.</translation>
    </message>
</context>
<context>
    <name>SerialScanner</name>
    <message>
        <location filename="../../counter_app/ui/serial_scanner.py" line="54"/>
        <source>Máy quét cổng COM: chưa chọn cổng.</source>
        <translation>COM port scanner: no port chosen.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serial_scanner.py" line="63"/>
        <source>Không mở được cổng {port} của máy quét: {why}</source>
        <translation>Could not open the scanner&apos;s port {port}: {why}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serial_scanner.py" line="107"/>
        <source>Máy quét ở cổng {port} ngừng hoạt động ({why}); hãy cắm lại máy quét rồi lưu lại cài đặt ở F9.</source>
        <translation>The scanner on port {port} stopped working ({why}); plug the scanner in again, then save the settings in F9 again.</translation>
    </message>
</context>
<context>
    <name>SettingsSlice</name>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="36"/>
        <source>Đơn vị và quầy</source>
        <translation>Unit and counter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="38"/>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="39"/>
        <source>Quầy số:</source>
        <translation>Counter number:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="40"/>
        <source>Dải số mã hồ sơ:</source>
        <translation>Dossier code number ranges:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="43"/>
        <source>Giờ làm việc:</source>
        <translation>Working hours:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="44"/>
        <source>Thư mục dữ liệu:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="46"/>
        <source>Tùy chọn</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="50"/>
        <source>Tiếng Việt</source>
        <translation>Tiếng Việt (Vietnamese)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="53"/>
        <source>&amp;Ngôn ngữ (khi khởi động lại):</source>
        <translation>&amp;Language (applies after restart):</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="57"/>
        <source> phút</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="59"/>
        <source>&amp;Tự khóa màn hình sau:</source>
        <translation>A&amp;uto-lock screen after:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="72"/>
        <source>Máy in &amp;phiếu hẹn:</source>
        <translation>Appointment slip &amp;printer:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="74"/>
        <source>A4, hai liên</source>
        <translation>A4, two copies</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="74"/>
        <source>A5, mỗi liên một trang</source>
        <translation>A5, one page per copy</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="75"/>
        <source>Máy in nhiệt 80 mm</source>
        <translation>80 mm thermal printer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="78"/>
        <source>&amp;Khổ phiếu hẹn:</source>
        <translation>Appointment slip &amp;format:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="79"/>
        <source>In phiếu hẹn ngay khi tiếp nhận, không hỏi</source>
        <translation>Print the appointment slip on receipt without asking</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="84"/>
        <source>mã thủ tục, cách nhau bởi dấu phẩy</source>
        <translation>procedure codes, separated by commas</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="85"/>
        <source>Thủ tục &amp;ưu tiên:</source>
        <translation>Pri&amp;ority procedures:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="91"/>
        <source>&amp;Lưu cài đặt</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="118"/>
        <source>Máy in mặc định của hệ thống ({name})</source>
        <translation>System default printer ({name})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="119"/>
        <source>Máy in mặc định của hệ thống (chưa có)</source>
        <translation>System default printer (none)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="123"/>
        <source>{name} (không tìm thấy)</source>
        <translation>{name} (not found)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/settings/slice.py" line="156"/>
        <source>Đã lưu cài đặt.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="82"/>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="83"/>
        <source>Mọi màn hình</source>
        <translation>Every screen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="85"/>
        <source>Sang ô tiếp theo / xác nhận</source>
        <translation>Next field / confirm</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="86"/>
        <source>Ô tiếp theo / ô trước</source>
        <translation>Next field / previous field</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="87"/>
        <source>Hủy, đóng hộp thoại</source>
        <translation>Cancel, close dialog</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="88"/>
        <source>Quét QR thẻ CCCD</source>
        <translation>Scan a CCCD card&apos;s QR code</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="88"/>
        <source>Điền thông tin người nộp</source>
        <translation>Fill in the applicant</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="89"/>
        <source>Quét mã vạch phiếu hẹn</source>
        <translation>Scan an appointment slip&apos;s barcode</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="89"/>
        <source>Mở hồ sơ để trả kết quả</source>
        <translation>Open the dossier to return the result</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="93"/>
        <source>Dùng ở</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="105"/>
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="92"/>
        <source>Phím</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/shortcuts.py" line="92"/>
        <source>Chức năng</source>
        <translation>Function</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../counter_app/app.py" line="88"/>
        <source>Không mở được dữ liệu của quầy: {e}</source>
        <translation>Could not open the counter&apos;s data: {e}</translation>
    </message>
    <message>
        <location filename="../../counter_app/app.py" line="191"/>
        <source>Bộ phận một cửa</source>
        <translation>One-stop desk</translation>
    </message>
</context>
<context>
    <name>SupplementDialog</name>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="101"/>
        <source>Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)</source>
        <translation>Request to supplement and complete the dossier (Form 02)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="102"/>
        <source>Lưu phiếu yêu cầu bổ sung (Ctrl+Enter)</source>
        <translation>Save request for supplement (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="103"/>
        <source>Người nộp: {applicant}
Thủ tục: {procedure}</source>
        <translation>Applicant: {applicant}
Procedure: {procedure}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="107"/>
        <source>Mỗi dòng một giấy tờ cần bổ sung hoặc sửa đổi</source>
        <translation>One document to supplement or amend per line</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="110"/>
        <source>Hồ sơ chưa đủ thành phần theo quy định.</source>
        <translation>The dossier does not contain all the required components.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="111"/>
        <source>Lý do phải bổ sung, hoàn thiện hồ sơ</source>
        <translation>Reason the dossier must be supplemented and completed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="113"/>
        <source>Hướng dẫn cụ thể để người nộp bổ sung một lần, đầy đủ</source>
        <translation>Specific guidance so the applicant can supplement everything in one go</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="116"/>
        <source>&amp;Giấy tờ cần bổ sung</source>
        <translation>&amp;Documents to supplement</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="117"/>
        <source>&amp;Lý do</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="118"/>
        <source>&amp;Hướng dẫn</source>
        <translation>&amp;Guidance</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="143"/>
        <source>Phải ghi rõ lý do yêu cầu bổ sung hồ sơ.</source>
        <translation>The reason for requesting a supplement to the dossier must be stated.</translation>
    </message>
</context>
<context>
    <name>SyncBridge</name>
    <message>
        <location filename="../../counter_app/ui/sync_bridge.py" line="73"/>
        <source>Quầy chưa đăng ký với hệ thống tỉnh nên chưa đồng bộ được; đăng ký máy ở màn hình Đồng bộ (F10).</source>
        <translation>This counter is not enrolled with the provincial system, so it cannot sync; enroll this PC on the Sync screen (F10).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_bridge.py" line="94"/>
        <source>Chưa đồng bộ được: {reason}</source>
        <translation>Could not sync: {reason}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_bridge.py" line="95"/>
        <source>Đồng bộ xong: đã gửi {sent} sự kiện, nhận {changes} cập nhật, còn chờ gửi {pending}.</source>
        <translation>Sync done: sent {sent} events, received {changes} updates, {pending} still waiting.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_bridge.py" line="100"/>
        <source>{n} sự kiện bị từ chối: xem F10.</source>
        <translation>{n} events rejected: see F10.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="95"/>
        <source>Chưa đồng bộ lần nào.</source>
        <translation>Not synced yet.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="111"/>
        <source>Đồng bộ với hệ thống tỉnh</source>
        <translation>Sync with the provincial system</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="70"/>
        <location filename="../../counter_app/ui/sync_panel.py" line="74"/>
        <location filename="../../counter_app/ui/sync_panel.py" line="122"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="70"/>
        <source>Sự kiện</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="70"/>
        <source>Đã chờ</source>
        <translation>Waiting for</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="71"/>
        <source>Số lần thử</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="71"/>
        <source>Lỗi gần nhất</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="74"/>
        <source>Thành phần</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="74"/>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="75"/>
        <source>Đã gửi</source>
        <translation>Uploaded</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="109"/>
        <source>Đồng bộ &amp;ngay (Ctrl+Shift+Y)</source>
        <translation>Sync &amp;now (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="122"/>
        <source>Loại sự kiện</source>
        <translation>Event type</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="123"/>
        <source>Lý do bị từ chối</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="124"/>
        <source>&amp;Gửi lại các sự kiện bị từ chối</source>
        <translation>&amp;Resend the rejected events</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="199"/>
        <source>Chờ gửi lên hệ thống tỉnh ({n}), cũ nhất trước</source>
        <translation>Waiting to be sent to the provincial system ({n}), oldest first</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="201"/>
        <source>Tệp quét chờ gửi ({n})</source>
        <translation>Scans waiting to upload ({n})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="203"/>
        <source>Bị hệ thống tỉnh từ chối ({n}): để riêng, không chặn các sự kiện khác</source>
        <translation>Rejected by the provincial system ({n}): kept aside, they block nothing else</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="222"/>
        <source>Có sự kiện đã chờ gửi {age} dù quầy đang kết nối hệ thống tỉnh: hãy bấm Đồng bộ ngay; nếu vẫn không gửi được, báo quản trị.</source>
        <translation>An event has been waiting {age} although the counter is connected to the provincial system: press Sync now; if it still is not sent, tell the administrator.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="233"/>
        <source>{p}% ({done}/{total})</source>
        <translation>{p}% ({done}/{total})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="235"/>
        <source>chưa gửi</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="241"/>
        <source>Tiếp nhận</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="242"/>
        <source>Từ chối tiếp nhận</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="243"/>
        <source>Yêu cầu bổ sung</source>
        <translation>Supplement request</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="244"/>
        <source>Nhận bổ sung</source>
        <translation>Supplement received</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="245"/>
        <source>Trả kết quả</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="246"/>
        <source>Rút hồ sơ</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="247"/>
        <source>Tệp quét</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="138"/>
        <source>Quầy {n}</source>
        <translation>Counter {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="139"/>
        <source>Đăng &amp;ký máy với hệ thống tỉnh</source>
        <translation>&amp;Enroll this PC with the provincial system</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="143"/>
        <source>Đăng ký máy (mã do quản trị cấp)</source>
        <translation>Enroll this PC (code issued by the administrator)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="145"/>
        <source>Địa chỉ hệ thống tỉnh:</source>
        <translation>Provincial system address:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="146"/>
        <source>Mã đăng ký:</source>
        <translation>Enrollment code:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="147"/>
        <source>Tên máy:</source>
        <translation>PC name:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="164"/>
        <source>Chờ gửi: {n}</source>
        <translation>Waiting to send: {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="165"/>
        <source>Bị từ chối: {n}</source>
        <translation>Rejected: {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="167"/>
        <source>Lần gần nhất: gửi {sent}, nhận {changes} cập nhật, {files} tệp</source>
        <translation>Last run: sent {sent}, received {changes} updates, {files} files</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="257"/>
        <source>Đang đồng bộ…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_panel.py" line="274"/>
        <source>Đang đăng ký…</source>
        <translation>Enrolling…</translation>
    </message>
</context>
<context>
    <name>TimelinessChart</name>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard_charts.py" line="112"/>
        <source>Trước hạn</source>
        <translation>Early</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard_charts.py" line="113"/>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard_charts.py" line="115"/>
        <source>Trễ hạn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard_charts.py" line="120"/>
        <source>Kết quả giải quyết theo tuần: trước / đúng / trễ hạn</source>
        <translation>Resolved per week: early / on time / late</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard_charts.py" line="121"/>
        <source>Kết quả giải quyết theo ngày: trước / đúng / trễ hạn</source>
        <translation>Resolved per day: early / on time / late</translation>
    </message>
</context>
<context>
    <name>_ReasonDialog</name>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="35"/>
        <source>Hủy (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/outcome_dialogs.py" line="65"/>
        <source>Phải ghi rõ lý do.</source>
        <translation>A reason must be stated.</translation>
    </message>
</context>
</TS>
