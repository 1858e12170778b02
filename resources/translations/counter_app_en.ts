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
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="34"/>
        <source>Họ và tên như trên giấy tờ tùy thân</source>
        <translation>Full name as shown on the identity document</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="35"/>
        <source>12 số CCCD hoặc 9 số CMND</source>
        <translation>12-digit CCCD or 9-digit CMND number</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="37"/>
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="41"/>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="41"/>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="44"/>
        <source>Số nhà, thôn/tổ dân phố, xã/phường, tỉnh/thành phố</source>
        <translation>House number, village/residential group, commune/ward, province/city</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="45"/>
        <source>ví dụ 0912 345 678</source>
        <translation>e.g. 0912 345 678</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="46"/>
        <source>không bắt buộc</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="80"/>
        <source>&amp;Họ và tên</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="81"/>
        <source>Số định &amp;danh (CCCD/CMND)</source>
        <translation>Personal &amp;ID number (CCCD/CMND)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="86"/>
        <source>&amp;Giới tính</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="90"/>
        <source>Ngày &amp;sinh</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="91"/>
        <source>Đị&amp;a chỉ</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="92"/>
        <source>Điện th&amp;oại</source>
        <translation>Ph&amp;one</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="93"/>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="170"/>
        <source>Ngày sinh không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/03/2003.</source>
        <translation>Invalid date of birth: enter it as dd/mm/yyyy, e.g. 15/03/2003.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="174"/>
        <source>Ngày {date} không có thật: tháng chỉ từ 1 đến 12.</source>
        <translation>The date {date} does not exist: months run from 1 to 12.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="175"/>
        <source>Ngày {date} không có thật: tháng {month}/{year} chỉ có {days} ngày.</source>
        <translation>The date {date} does not exist: {month}/{year} has only {days} days.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/applicant_form.py" line="203"/>
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
        <location filename="../../counter_app/ui/statusbar.py" line="66"/>
        <source>Chờ gửi: …</source>
        <translation>To send: …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="131"/>
        <source>Cán bộ: {name}</source>
        <translation>Clerk: {name}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="115"/>
        <source>Chờ gửi: {n}</source>
        <translation>To send: {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="96"/>
        <source>○ Chưa đồng bộ</source>
        <translation>○ Not synced yet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="98"/>
        <source>… Đang kết nối</source>
        <translation>… Connecting</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="100"/>
        <source>✕ Mất kết nối · lần cuối {age}</source>
        <translation>✕ Offline · last seen {age}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="102"/>
        <source>◐ Chưa rõ kết nối · {age}</source>
        <translation>◐ Link unconfirmed · {age}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="104"/>
        <source>● Đã kết nối · {age}</source>
        <translation>● Online · {age}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="108"/>
        <source>Liên lạc lần cuối với hệ thống tỉnh: {t}</source>
        <translation>Last contact with the provincial system: {t}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="109"/>
        <source>Đồng bộ thành công lần cuối: {t}</source>
        <translation>Last successful sync: {t}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="110"/>
        <source>Dữ liệu luôn được lưu tại quầy trước; F10 xem chi tiết.</source>
        <translation>Data is always saved at the counter first; F10 shows the details.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statusbar.py" line="117"/>
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
        <location filename="../../counter_app/ui/reports/dashboard.py" line="52"/>
        <source>Bảng điều hành chỉ dành cho giám sát viên và quản trị viên. Tài khoản {name} không có quyền xem; xin liên hệ quản trị viên nếu cần.</source>
        <translation>The dashboard is for supervisors and administrators only. The account {name} may not see it; ask an administrator if you need it.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="64"/>
        <source>Làm mới bảng điều hành</source>
        <translation>Refresh the dashboard</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="71"/>
        <source>&lt;b&gt;Bảng điều hành&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dashboard&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="75"/>
        <source>{n} ngày gần nhất</source>
        <translation>Last {n} days</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="77"/>
        <source>Kỳ của các biểu đồ</source>
        <translation>Period of the charts</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="82"/>
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="83"/>
        <source>Kết quả chờ lâu hơn số ngày này được liệt kê là chưa nhận</source>
        <translation>Results waiting longer than this many days are listed as not collected</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="85"/>
        <source>Chưa nhận kết quả quá:</source>
        <translation>Not collected for over:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="87"/>
        <source>Làm mới (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="100"/>
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="107"/>
        <source>Tiếp nhận hôm nay</source>
        <translation>Received today</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="108"/>
        <source>Đến hạn hôm nay, chưa có kết quả</source>
        <translation>Due today, no result yet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="109"/>
        <source>Đến hạn ngày làm việc tới</source>
        <translation>Due next working day</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="110"/>
        <source>Quá hạn, đang giải quyết</source>
        <translation>Overdue, still in progress</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="111"/>
        <source>Có kết quả, chưa đến nhận</source>
        <translation>Result ready, not collected</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="112"/>
        <source>Tỷ lệ số hóa hồ sơ tiếp nhận trong kỳ</source>
        <translation>Digitization rate of dossiers received in the period</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="127"/>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="128"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="129"/>
        <source>Trễ (giờ làm việc)</source>
        <translation>Late (working time)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="130"/>
        <source>Có kết quả lúc</source>
        <translation>Result ready at</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="132"/>
        <source>Quầy</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="132"/>
        <source>Cán bộ</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="133"/>
        <source>Số hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="140"/>
        <source>Hôm nay theo quầy, cán bộ</source>
        <translation>Today by counter and clerk</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="208"/>
        <source>Không đọc được số liệu của bảng điều hành: {error}</source>
        <translation>Could not read the dashboard figures: {error}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="229"/>
        <source>số liệu lúc {time}</source>
        <translation>figures as of {time}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="230"/>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="230"/>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="231"/>
        <source>Bưu chính</source>
        <translation>By post</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="239"/>
        <source>trễ nhất {late}</source>
        <translation>most late: {late}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="241"/>
        <source>quá {n} ngày</source>
        <translation>over {n} days</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="245"/>
        <source>{scanned}/{received} hồ sơ có bản số hóa</source>
        <translation>{scanned}/{received} dossiers with scans</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="255"/>
        <source>Đến hạn hôm nay ({n})</source>
        <translation>Due today ({n})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="256"/>
        <source>Đến hạn {day} ({n})</source>
        <translation>Due {day} ({n})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="257"/>
        <source>Quá hạn ({n})</source>
        <translation>Overdue ({n})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="258"/>
        <source>Chưa nhận kết quả ({n})</source>
        <translation>Not collected ({n})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="263"/>
        <source>Quầy {n}</source>
        <translation>Counter {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="264"/>
        <source>Không rõ</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/dashboard.py" line="265"/>
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
        <location filename="../../counter_app/ui/returns/card.py" line="40"/>
        <source>Thông tin hồ sơ</source>
        <translation>Dossier details</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="57"/>
        <source>Mã hồ sơ:</source>
        <translation>Dossier code:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="57"/>
        <source>Thủ tục:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="58"/>
        <source>Người nộp:</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="59"/>
        <source>Số định danh:</source>
        <translation>Personal ID number:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="60"/>
        <source>Điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="60"/>
        <source>Tiếp nhận lúc:</source>
        <translation>Received at:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="61"/>
        <source>Hẹn trả kết quả:</source>
        <translation>Results due:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="62"/>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="63"/>
        <source>Nhận kết quả:</source>
        <translation>Results delivery:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="64"/>
        <source>Thành phần hồ sơ:</source>
        <translation>Dossier components:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="67"/>
        <source>Quét, số hóa thành phần…  (F6)</source>
        <translation>Scan, digitize components…  (F6)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="77"/>
        <location filename="../../counter_app/ui/returns/card.py" line="78"/>
        <location filename="../../counter_app/ui/returns/card.py" line="101"/>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="86"/>
        <source>%s (quá hạn)</source>
        <translation>%s (overdue)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="93"/>
        <source>Gửi qua bưu chính công ích</source>
        <translation>Sent via the public postal service</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="96"/>
        <source>Trực tuyến, vào tài khoản trên Cổng Dịch vụ công</source>
        <translation>Online, to the account on the Public Service Portal</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="97"/>
        <source>Tại bộ phận một cửa</source>
        <translation>At the one-stop desk</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="104"/>
        <source>%d bản chính</source>
        <translation>%d original(s)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="105"/>
        <source>%d bản chứng thực</source>
        <translation>%d certified copy(ies)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="106"/>
        <source>%d bản photo</source>
        <translation>%d photocopy(ies)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="109"/>
        <source>đã số hóa</source>
        <translation>digitized</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="109"/>
        <source>tái sử dụng</source>
        <translation>reused</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="112"/>
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
        <location filename="../../counter_app/ui/search/model.py" line="56"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="56"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="56"/>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="57"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="58"/>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="58"/>
        <source>Hẹn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="58"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="181"/>
        <source>%s – quá hạn</source>
        <translation>%s – overdue</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="186"/>
        <source>Số định danh: %s</source>
        <translation>Personal ID number: %s</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/search/model.py" line="188"/>
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
        <location filename="../../counter_app/ui/intake/slice.py" line="70"/>
        <source>Yêu cầu bổ sung (Ctrl+B)</source>
        <translation>Request supplement (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="71"/>
        <source>Từ chối (Ctrl+R)</source>
        <translation>Refuse (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="72"/>
        <source>Tiếp nhận (Ctrl+Enter)</source>
        <translation>Receive (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="74"/>
        <source>Xóa trắng biểu mẫu (Ctrl+N)</source>
        <translation>Clear the form (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="75"/>
        <source>Xóa trắng biểu mẫu</source>
        <translation>Clear form</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="93"/>
        <source>Tiếp nhận hồ sơ và in phiếu hẹn (Mẫu 01)</source>
        <translation>Receive the dossier and print the appointment slip (Form 01)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="96"/>
        <source>Yêu cầu bổ sung hồ sơ (Mẫu 02)</source>
        <translation>Request a supplement (Form 02)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="97"/>
        <source>Từ chối tiếp nhận (Mẫu 03)</source>
        <translation>Refuse the dossier (Form 03)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="99"/>
        <source>Quét, số hóa thành phần của hồ sơ vừa lưu</source>
        <translation>Scan and digitize the components of the dossier just saved</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="123"/>
        <source>Số CMND cũ: {number}</source>
        <translation>Old CMND number: {number}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="125"/>
        <source>Đã điền thông tin người nộp từ mã QR của thẻ CCCD.</source>
        <translation>Applicant details filled in from the QR code on the citizen ID card (CCCD).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="149"/>
        <source>Đã khôi phục hồ sơ đang nhập dở.</source>
        <translation>Restored the unfinished dossier.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="177"/>
        <source>Đang tiếp nhận hồ sơ…</source>
        <translation>Receiving the dossier…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="209"/>
        <source>Đang lưu phiếu yêu cầu bổ sung…</source>
        <translation>Saving the request for supplement…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="213"/>
        <source>Đang lưu phiếu từ chối…</source>
        <translation>Saving the refusal notice…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="232"/>
        <source>Chưa chọn thủ tục hành chính.</source>
        <translation>No administrative procedure has been chosen.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="255"/>
        <source>Đã tiếp nhận hồ sơ {code} · Hẹn trả {appointment}</source>
        <translation>Dossier {code} received · Results due {appointment}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="258"/>
        <source>Đã lưu phiếu từ chối tiếp nhận hồ sơ {code} (Mẫu 03).</source>
        <translation>Saved the notice of refusal to receive dossier {code} (Form 03).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="261"/>
        <source>Đã lưu phiếu yêu cầu bổ sung hồ sơ {code} (Mẫu 02).</source>
        <translation>Saved the request for supplement of dossier {code} (Form 02).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="276"/>
        <source>Lưu hồ sơ trước, rồi nhấn F6 để quét các thành phần.</source>
        <translation>Save the dossier first, then press F6 to scan its components.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="288"/>
        <source>Đã in phiếu.</source>
        <translation>Slip printed.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="291"/>
        <source>CHƯA IN được phiếu: {why}</source>
        <translation>The slip was NOT printed: {why}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="292"/>
        <source>Ctrl+P: in lại · Ctrl+Shift+P: xem trước khi in · Ctrl+Shift+S: lưu phiếu thành PDF</source>
        <translation>Ctrl+P: print again · Ctrl+Shift+P: print preview · Ctrl+Shift+S: save the slip as PDF</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="303"/>
        <source>Không lưu được hồ sơ: {error}</source>
        <translation>Could not save the dossier: {error}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="241"/>
        <location filename="../../counter_app/ui/intake/slice.py" line="307"/>
        <source>Hồ sơ chưa lưu được: xem các dòng báo lỗi màu đỏ.</source>
        <translation>The dossier was not saved: see the error messages in red.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/slice.py" line="344"/>
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
        <location filename="../../counter_app/ui/intake/slice.py" line="375"/>
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
        <location filename="../../counter_app/ui/login/dialog.py" line="102"/>
        <source>Đăng nhập — Bộ phận một cửa</source>
        <translation>Sign in — One-stop desk</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="117"/>
        <source>Quầy số {n}</source>
        <translation>Counter {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="103"/>
        <source>&amp;Tên đăng nhập:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="104"/>
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="105"/>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="106"/>
        <source>Thoát</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="113"/>
        <source>Đang mở dữ liệu của quầy…</source>
        <translation>Opening the counter&apos;s data…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="120"/>
        <source>Đang mở dữ liệu của quầy; sẽ đăng nhập ngay khi mở xong…</source>
        <translation>Opening the counter&apos;s data; you will be signed in as soon as it is open…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="125"/>
        <source>Nhập tên đăng nhập và mật khẩu.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/dialog.py" line="137"/>
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>LoginMessages</name>
    <message>
        <location filename="../../counter_app/ui/login/messages.py" line="14"/>
        <source>Không kiểm tra được mật khẩu: {e}</source>
        <translation>Could not check the password: {e}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/messages.py" line="19"/>
        <source>Tài khoản đã bị tạm khóa vì nhập sai mật khẩu nhiều lần. Mở khóa lúc {time}.</source>
        <translation>The account is locked for a while after too many wrong passwords. It unlocks at {time}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/messages.py" line="23"/>
        <source>Sai mật khẩu.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/messages.py" line="25"/>
        <source>Sai tên đăng nhập hoặc mật khẩu.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/login/messages.py" line="28"/>
        <source>Còn 1 lần thử: nhập sai lần nữa, tài khoản sẽ bị tạm khóa {minutes} phút.</source>
        <translation>1 attempt left: one more wrong password locks the account for {minutes} minutes.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="266"/>
        <source>Bộ phận một cửa — {unit} — Quầy {n}</source>
        <translation>One-stop desk — {unit} — Counter {n}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="67"/>
        <source>Tiếp nhận (F2)</source>
        <translation>Receipt (F2)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="68"/>
        <source>Trả kết quả (F3)</source>
        <translation>Return of results (F3)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="69"/>
        <source>Tra cứu (F4)</source>
        <translation>Search (F4)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="72"/>
        <source>Cài đặt (F9)</source>
        <translation>Settings (F9)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="73"/>
        <source>Đồng bộ (F10)</source>
        <translation>Sync (F10)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="115"/>
        <source>&amp;Chức năng</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="114"/>
        <source>Tệp (&amp;F)</source>
        <translation>Des&amp;k</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="70"/>
        <source>Báo cáo (F7)</source>
        <translation>Reports (F7)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="71"/>
        <source>Bảng điều hành (F8)</source>
        <translation>Dashboard (F8)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="116"/>
        <source>Trợ giúp (&amp;U)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="117"/>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Receive dossiers</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="118"/>
        <source>Trả kết quả</source>
        <translation>Return results</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="119"/>
        <source>Tra cứu</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="120"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="122"/>
        <source>Bảng điều hành</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="123"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="124"/>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="125"/>
        <source>Đồng bộ ngay</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="126"/>
        <source>In lại phiếu vừa in</source>
        <translation>Reprint the last slip</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="127"/>
        <source>Xem trước khi in</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="128"/>
        <source>Lưu phiếu thành PDF…</source>
        <translation>Save slip as PDF…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="130"/>
        <source>Khóa màn hình</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="131"/>
        <source>Thoát</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="132"/>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="133"/>
        <location filename="../../counter_app/ui/main_window.py" line="288"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="156"/>
        <source>Đã lưu {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="188"/>
        <source>Đã tải bản cập nhật {v}: phần mềm dùng bản mới khi mở lại (không cần làm gì thêm).</source>
        <translation>Update {v} downloaded: the new version is used when the app is next opened (nothing else to do).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="244"/>
        <source>Đang đồng bộ với hệ thống tỉnh…</source>
        <translation>Syncing with the provincial system…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="289"/>
        <source>Phần mềm quầy tiếp nhận và trả kết quả — Bộ phận một cửa.
Theo Nghị định 118/2025/NĐ-CP và Thông tư 03/2025/TT-VPCP.</source>
        <translation>Software for the dossier receipt and return-of-results counter — One-stop desk.
In accordance with Decree 118/2025/NĐ-CP and Circular 03/2025/TT-VPCP.</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="36"/>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="37"/>
        <source>Bưu chính</source>
        <translation>By post</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="40"/>
        <source>Tại bộ phận một cửa</source>
        <translation>At the one-stop desk</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="41"/>
        <source>Qua bưu chính công ích</source>
        <translation>Via the public postal service</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="43"/>
        <source>Địa chỉ nhận kết quả qua bưu chính</source>
        <translation>Address for receiving results by post</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="52"/>
        <source> đồng</source>
        <translation> VND</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="54"/>
        <source>Nộp trước</source>
        <translation>Paid upfront</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="54"/>
        <source>Nộp sau</source>
        <translation>Paid later</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="55"/>
        <source>Miễn</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="55"/>
        <source>Không thu</source>
        <translation>Not charged</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="59"/>
        <source>Người nộp thay (ủy &amp;quyền)</source>
        <translation>Submitted by an a&amp;uthorized person</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="62"/>
        <source>Họ và tên người nộp thay</source>
        <translation>Full name of the person submitting on the applicant&apos;s behalf</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="63"/>
        <source>12 số CCCD hoặc 9 số CMND</source>
        <translation>12-digit CCCD or 9-digit CMND number</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="66"/>
        <source>Số, ngày của giấy ủy quyền</source>
        <translation>Number and date of the authorization letter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="67"/>
        <source>không bắt buộc</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="70"/>
        <source>Không nhận thông báo</source>
        <translation>No notifications</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="71"/>
        <source>SMS (công dân đồng ý nhận tin)</source>
        <translation>SMS (the citizen agrees)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="72"/>
        <source>Zalo ZNS (công dân đồng ý nhận tin)</source>
        <translation>Zalo ZNS (the citizen agrees)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="119"/>
        <source>&amp;Kênh tiếp nhận</source>
        <translation>Intake &amp;channel</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="121"/>
        <source>Số &amp;bộ hồ sơ</source>
        <translation>Dossier &amp;sets</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="123"/>
        <source>T&amp;rả kết quả</source>
        <translation>&amp;Return of results</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="125"/>
        <source>Thời hạn giải quyết</source>
        <translation>Processing time</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="129"/>
        <source>Địa chỉ &amp;nhận</source>
        <translation>Deli&amp;very address</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="133"/>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="312"/>
        <source>Số bản &amp;chứng thực</source>
        <translation>Certified c&amp;opies</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="134"/>
        <source>Số trang &amp;mỗi bản</source>
        <translation>Pages per cop&amp;y</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="141"/>
        <source>Phí, &amp;lệ phí</source>
        <translation>&amp;Fees and charges</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="143"/>
        <source>Hình thức nộp</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="148"/>
        <source>Họ tên người nộp thay</source>
        <translation>Name of authorized person</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="150"/>
        <source>Số CCCD/CMND</source>
        <translation>CCCD/CMND number</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="152"/>
        <source>Giấy ủy quyền</source>
        <translation>Authorization letter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="158"/>
        <source>Gh&amp;i chú</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="160"/>
        <source>Báo tin SMS/&amp;Zalo</source>
        <translation>Notify by SMS/&amp;Zalo</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="309"/>
        <source>Số lượng cần &amp;cấp ({per})</source>
        <translation>C&amp;opies to issue ({per})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="310"/>
        <source>bản</source>
        <translation>copies</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="323"/>
        <source>{name}: {amount} đồng/{per}</source>
        <translation>{name}: {amount} VND/{per}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="326"/>
        <source>; từ {per} thứ {n}: {amount} đồng</source>
        <translation>; from {per} {n} on: {amount} VND</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="329"/>
        <source>; tối đa {amount} đồng/bản</source>
        <translation>; at most {amount} VND per copy</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="322"/>
        <source>hồ sơ</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/options_panel.py" line="316"/>
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
        <location filename="../../counter_app/ui/printing/controller.py" line="65"/>
        <source>Chưa có phiếu nào để in lại.</source>
        <translation>There is no slip to reprint yet.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/controller.py" line="81"/>
        <source>Chưa có phiếu nào để xem trước.</source>
        <translation>No slip to preview yet.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/controller.py" line="83"/>
        <source>Xem trước khi in — {code}</source>
        <translation>Print preview — {code}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/controller.py" line="95"/>
        <source>Chưa có phiếu nào để lưu.</source>
        <translation>No slip to save yet.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/controller.py" line="99"/>
        <source>Lưu phiếu thành PDF</source>
        <translation>Save slip as PDF</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/controller.py" line="108"/>
        <source>Không lưu được tệp: {e}</source>
        <translation>Could not save the file: {e}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/controller.py" line="119"/>
        <source>Không tạo được phiếu để in: {e}</source>
        <translation>Could not create the slip for printing: {e}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/controller.py" line="134"/>
        <source>Chưa in được phiếu của hồ sơ {code}: {why} Ctrl+P: in lại.</source>
        <translation>Could not print the slip of dossier {code}: {why} Ctrl+P: print again.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/printing/controller.py" line="142"/>
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
        <location filename="../../counter_app/ui/intake/procedure_fields.py" line="30"/>
        <source>Thông tin riêng của thủ tục</source>
        <translation>Procedure-specific details</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/procedure_fields.py" line="106"/>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/procedure_fields.py" line="106"/>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/procedure_fields.py" line="114"/>
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/intake/procedure_fields.py" line="118"/>
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
        <location filename="../../counter_app/ui/returns/card.py" line="139"/>
        <location filename="../../counter_app/ui/returns/card.py" line="161"/>
        <source>Chưa thể trả kết quả</source>
        <translation>Results cannot be returned yet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="145"/>
        <source>Thông tin mới nhất từ cơ quan giải quyết:</source>
        <translation>Latest information from the processing agency:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="157"/>
        <source>Đã trả kết quả</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="159"/>
        <source>Hồ sơ đã kết thúc</source>
        <translation>Dossier closed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="162"/>
        <source>Trạng thái: %s</source>
        <translation>Status: %s</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="163"/>
        <source>Hẹn trả kết quả: %s</source>
        <translation>Results due: %s</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="166"/>
        <source>Chưa có thông tin từ cơ quan giải quyết.</source>
        <translation>No information from the processing agency yet.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="170"/>
        <source>Kết quả đã được trả lúc %s.</source>
        <translation>The results were returned at %s.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="173"/>
        <source>Hồ sơ đã kết thúc, không có kết quả để trả.</source>
        <translation>The dossier is closed; there are no results to return.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="176"/>
        <source>Hồ sơ đang tạm dừng chờ bổ sung: thời gian này không tính là quá hạn.</source>
        <translation>The dossier is on hold awaiting supplement: this time does not count towards being overdue.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="178"/>
        <source>Hồ sơ chưa có ngày hẹn trả.</source>
        <translation>The dossier has no due date yet.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="181"/>
        <source>%d ngày %d giờ</source>
        <translation>%d days %d hours</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="182"/>
        <source>%d giờ %d phút</source>
        <translation>%d hours %d minutes</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="183"/>
        <source>Đã quá hạn hẹn trả %s.</source>
        <translation>Overdue by %s.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/card.py" line="184"/>
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
        <location filename="../../counter_app/ui/rating/dialog.py" line="65"/>
        <source>Đánh giá sự hài lòng – hồ sơ %s</source>
        <translation>Satisfaction rating – dossier %s</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/dialog.py" line="72"/>
        <source>Ông/bà vui lòng đánh giá việc giải quyết hồ sơ %s</source>
        <translation>Please rate how dossier %s was handled</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/dialog.py" line="94"/>
        <location filename="../../counter_app/ui/rating/dialog.py" line="124"/>
        <source>← Câu trước  (Backspace)</source>
        <translation>← Previous question  (Backspace)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/dialog.py" line="105"/>
        <source>Nhìn chung, ông/bà hài lòng với việc giải quyết hồ sơ ở mức nào?</source>
        <translation>Overall, how satisfied are you with how your dossier was handled?</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/dialog.py" line="133"/>
        <source>Xin cảm ơn ông/bà đã đánh giá!
Ý kiến của ông/bà giúp chúng tôi phục vụ tốt hơn.</source>
        <translation>Thank you for your rating!
Your opinion helps us serve you better.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/dialog.py" line="146"/>
        <source>Bỏ qua  (Esc)</source>
        <translation>Skip  (Esc)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/dialog.py" line="160"/>
        <source>Phím số: chấm điểm tiêu chí (0, 1, 2) hoặc chọn mức hài lòng chung (1–5)</source>
        <translation>Digit keys: score a criterion (0, 1, 2) or choose the overall satisfaction level (1–5)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/dialog.py" line="165"/>
        <source>Quay lại câu trước</source>
        <translation>Back to the previous question</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/dialog.py" line="171"/>
        <source>Tiêu chí %s / %s</source>
        <translation>Criterion %s / %s</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/dialog.py" line="255"/>
        <location filename="../../counter_app/ui/rating/dialog.py" line="273"/>
        <source>Đóng  (Esc)</source>
        <translation>Close  (Esc)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/dialog.py" line="259"/>
        <source>Đã ghi nhận đánh giá của công dân cho hồ sơ %s.</source>
        <translation>The citizen&apos;s rating of dossier %s has been recorded.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/dialog.py" line="266"/>
        <source>Công dân bỏ qua đánh giá hồ sơ %s.</source>
        <translation>The citizen skipped rating dossier %s.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/rating/dialog.py" line="275"/>
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
        <location filename="../../counter_app/ui/returns/recipient.py" line="59"/>
        <source>Trả kết quả</source>
        <translation>Return of results</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="62"/>
        <source>&amp;Người nộp hồ sơ nhận</source>
        <translation>&amp;Applicant collects</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="63"/>
        <source>Người được ủy &amp;quyền nhận thay</source>
        <translation>Au&amp;thorized person collects on the applicant&apos;s behalf</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="64"/>
        <source>Gửi qua &amp;bưu chính</source>
        <translation>Send by &amp;post</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="76"/>
        <source>Số CCCD/CMND người nhận xuất trình</source>
        <translation>CCCD/CMND number shown by the recipient</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="77"/>
        <source>Họ và tên người được ủy quyền</source>
        <translation>Full name of the authorized person</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="78"/>
        <source>Số CCCD/CMND của người được ủy quyền</source>
        <translation>CCCD/CMND number of the authorized person</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="79"/>
        <source>Ví dụ: Giấy ủy quyền số 12/UQ ngày 17/11/2025</source>
        <translation>E.g. Authorization letter No. 12/UQ dated 17/11/2025</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="80"/>
        <source>Ví dụ: EC123456789VN</source>
        <translation>E.g. EC123456789VN</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="88"/>
        <source>Đối chiếu giấy tờ (không bắt buộc):</source>
        <translation>Check ID document (optional):</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="90"/>
        <source>Họ và tên (*):</source>
        <translation>Full name (*):</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="91"/>
        <source>Số định danh (*):</source>
        <translation>Personal ID number (*):</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="92"/>
        <source>Giấy ủy quyền (*):</source>
        <translation>Authorization letter (*):</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="94"/>
        <source>Mã vận đơn (*):</source>
        <translation>Tracking number (*):</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="94"/>
        <source>Địa chỉ nhận:</source>
        <translation>Delivery address:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="102"/>
        <location filename="../../counter_app/ui/returns/recipient.py" line="174"/>
        <source>Xác nhận đã trả kết quả  (Ctrl+Enter)</source>
        <translation>Confirm results returned  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="145"/>
        <source>Trả cho %s, số định danh %s.</source>
        <translation>Return to %s, personal ID number %s.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="146"/>
        <source>(chưa ghi địa chỉ nhận)</source>
        <translation>(no delivery address recorded)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/returns/recipient.py" line="173"/>
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
        <location filename="../../counter_app/ui/reports/report_view.py" line="169"/>
        <source>Chưa có báo cáo để xuất; hãy lập báo cáo trước.</source>
        <translation>No report to export yet; run a report first.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/report_view.py" line="172"/>
        <source>Lưu báo cáo</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/report_view.py" line="190"/>
        <source>Đã lưu báo cáo vào {path}.</source>
        <translation>Report saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/report_view.py" line="195"/>
        <source>Không xuất được báo cáo: {why}</source>
        <translation>Could not export the report: {why}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/report_view.py" line="202"/>
        <source>Chưa có báo cáo để in; hãy lập báo cáo trước.</source>
        <translation>No report to print yet; run a report first.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/report_view.py" line="209"/>
        <source>Xem trước khi in — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
</context>
<context>
    <name>ReportsSlice</name>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="64"/>
        <source>Biểu 06 – Tình hình giải quyết hồ sơ</source>
        <translation>Form 06 – Dossier processing status</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="65"/>
        <source>Chỉ số đánh giá</source>
        <translation>Performance indicators</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="66"/>
        <source>Sổ theo dõi hồ sơ (Mẫu 07)</source>
        <translation>Dossier tracking book (Form 07)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="72"/>
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="72"/>
        <source>Tháng trước</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="73"/>
        <source>Quý này</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="73"/>
        <source>Năm nay</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="77"/>
        <source>Tùy chọn từ ngày – đến ngày</source>
        <translation>Custom from – to</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="83"/>
        <source>Lập báo cáo ({key})</source>
        <translation>Run report ({key})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="98"/>
        <source>Lập báo cáo đã chọn</source>
        <translation>Run the selected report</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="99"/>
        <source>Hủy báo cáo đang lập</source>
        <translation>Cancel the report being run</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="103"/>
        <source>&amp;Báo cáo:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="104"/>
        <source>&amp;Kỳ:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="105"/>
        <source>&amp;Từ ngày:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="106"/>
        <source>Đế&amp;n ngày:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="171"/>
        <source>Đang lập {name}…</source>
        <translation>Running {name}…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="183"/>
        <source>Không lập được báo cáo: {why}</source>
        <translation>Could not run the report: {why}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="186"/>
        <source>Đã hủy lập báo cáo.</source>
        <translation>Report cancelled.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="195"/>
        <source>Báo cáo này không có danh sách hồ sơ chi tiết.</source>
        <translation>This report has no dossier list behind its figures.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/reports/reports_slice.py" line="200"/>
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
        <location filename="../../counter_app/ui/scanning/panel.py" line="71"/>
        <source>Tìm máy quét</source>
        <translation>Find scanners</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="76"/>
        <source>Màu (tự chọn đen trắng/xám khi lưu)</source>
        <translation>Colour (black-and-white/grey chosen when saving)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="77"/>
        <source>Xám</source>
        <translation>Grey</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="77"/>
        <source>Đen trắng</source>
        <translation>Black and white</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="80"/>
        <source>Khay nạp giấy (ADF)</source>
        <translation>Document feeder (ADF)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="81"/>
        <source>Mặt kính</source>
        <translation>Flatbed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="82"/>
        <source>Quét hai mặt</source>
        <translation>Both sides (duplex)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="83"/>
        <source>Giữ màu trong tệp gửi</source>
        <translation>Keep colour in the file sent</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="86"/>
        <source>Máy quét:</source>
        <translation>Scanner:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="89"/>
        <source>Độ phân giải:</source>
        <translation>Resolution:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="96"/>
        <source>Quét  (F6)</source>
        <translation>Scan  (F6)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="98"/>
        <source>Dừng  (Esc)</source>
        <translation>Stop  (Esc)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="99"/>
        <source>Nhập tệp…  (Ctrl+O)</source>
        <translation>Import files…  (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="100"/>
        <source>Quét lại trang  (Shift+F6)</source>
        <translation>Rescan page  (Shift+F6)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="101"/>
        <source>Xoay  (R)</source>
        <translation>Rotate  (R)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="102"/>
        <source>Xóa trang  (Delete)</source>
        <translation>Delete page  (Delete)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="103"/>
        <source>In tờ phân cách…</source>
        <translation>Print separator sheets…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="131"/>
        <source>Đính kèm vào &amp;thành phần:</source>
        <translation>Attach to &amp;component:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="135"/>
        <source>Đính kèm  (Ctrl+Enter)</source>
        <translation>Attach  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="190"/>
        <source>Đang tìm máy quét…</source>
        <translation>Looking for scanners…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="200"/>
        <source>Chọn một trang để quét lại.</source>
        <translation>Select one page to rescan.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="208"/>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="219"/>
        <source>Chưa có trang nào để đính kèm.</source>
        <translation>There are no pages to attach yet.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="223"/>
        <source>Đang lưu bản quét…</source>
        <translation>Saving the scan…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="250"/>
        <source>Không vào được thư mục nhận bản quét %s.</source>
        <translation>Cannot open the scan folder %s.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="256"/>
        <source>Đang theo dõi thư mục %s: bản quét lưu vào đó tự hiện ở đây.</source>
        <translation>Watching the folder %s: scans saved there appear here by themselves.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="265"/>
        <source>Chưa chọn máy quét. Nhấn “Tìm máy quét” rồi chọn một máy.</source>
        <translation>No scanner chosen. Press “Find scanners” and choose one.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="284"/>
        <source>Đang quét…</source>
        <translation>Scanning…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="302"/>
        <source>Đang quét… đã nhận %s trang.</source>
        <translation>Scanning… %s pages received.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="315"/>
        <source>Đã quét %s trang. Tổng cộng %s trang chờ đính kèm.</source>
        <translation>Scanned %s pages. %s pages in all waiting to be attached.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="344"/>
        <source>Tìm thấy %s máy quét.</source>
        <translation>Found %s scanners.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="345"/>
        <source>Không tìm thấy máy quét nào. Kiểm tra máy đã bật và cắm cáp, hoặc dùng Nhập tệp…</source>
        <translation>No scanner found. Check that it is on and plugged in, or use Import files…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="363"/>
        <source>Đã đính kèm và đánh dấu đã số hóa: %s.</source>
        <translation>Attached and marked as digitized: %s.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="365"/>
        <source>Có tờ phân cách của hồ sơ khác trong xấp giấy; các trang sau nó vẫn được đính kèm vào hồ sơ này.</source>
        <translation>The stack held a separator sheet of another dossier; the pages after it were still attached to this dossier.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="377"/>
        <source>Chưa lưu được bản quét (các trang vẫn còn ở đây): %s</source>
        <translation>The scan could not be saved (the pages are still here): %s</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="403"/>
        <source>%s trang, gửi đi %s</source>
        <translation>%s pages, %s to send</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="406"/>
        <source>Trang có vẻ để trắng (tô vàng, chưa xóa): %s. Xem lại rồi giữ hoặc xóa.</source>
        <translation>Pages that look blank (yellow, not deleted): %s. Check them, then keep or delete them.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="428"/>
        <source>Nhập bản quét từ tệp</source>
        <translation>Import scans from files</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/scanning/panel.py" line="428"/>
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
        <location filename="../../counter_app/ui/sync_bridge.py" line="72"/>
        <source>Quầy chưa đăng ký với hệ thống tỉnh nên chưa đồng bộ được; đăng ký máy ở màn hình Đồng bộ (F10).</source>
        <translation>This counter is not enrolled with the provincial system, so it cannot sync; enroll this PC on the Sync screen (F10).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_bridge.py" line="93"/>
        <source>Chưa đồng bộ được: {reason}</source>
        <translation>Could not sync: {reason}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_bridge.py" line="94"/>
        <source>Đồng bộ xong: đã gửi {sent} sự kiện, nhận {changes} cập nhật, còn chờ gửi {pending}.</source>
        <translation>Sync done: sent {sent} events, received {changes} updates, {pending} still waiting.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_bridge.py" line="99"/>
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
