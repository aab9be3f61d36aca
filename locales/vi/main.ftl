# Puerta, các trang cho cư dân: tiếng Việt.
# review-state: draft
# Machine-drafted by the Puerta team; not yet reviewed by a fluent speaker.

## Site frame

site-name = Puerta
site-tagline = Tìm sự giúp đỡ miễn phí và chi phí thấp cho người nhập cư: trợ giúp pháp lý, sức khỏe, thực phẩm, nhà ở, lớp học tiếng Anh và nhiều hơn nữa.
skip-to-content = Đi đến nội dung chính
nav-label = Menu chính
nav-search = Tìm sự giúp đỡ
nav-rights = Biết quyền của quý vị
nav-about = Giới thiệu và quyền riêng tư
language-switcher = Ngôn ngữ
footer-privacy = Chúng tôi không theo dõi quý vị. Không có tài khoản, không quảng cáo, không phân tích dữ liệu.
footer-privacy-link = Chúng tôi lưu những gì
footer-emergency = Trong trường hợp khẩn cấp, hãy gọi 911. Để được giúp tìm dịch vụ, hãy gọi 211.

## Errors

not-found-title = Không tìm thấy trang
not-found-body = Chúng tôi không tìm thấy trang này. Dịch vụ có thể đã đóng cửa hoặc chuyển đi, hoặc địa chỉ trang có thể bị gõ sai.
error-title = Đã xảy ra lỗi
error-body = Đã xảy ra lỗi từ phía chúng tôi. Xin vui lòng thử lại sau vài phút.
error-go-home = Về trang đầu

## Search box and home page

search-label = Quý vị cần giúp đỡ về việc gì?
search-button = Tìm
search-hint = Viết bằng bất kỳ ngôn ngữ nào, ví dụ: luật sư miễn phí, thực phẩm, lớp học tiếng Anh.
home-title = Tìm sự giúp đỡ
home-heading = Tìm sự giúp đỡ gần quý vị
home-lead = Các dịch vụ miễn phí và chi phí thấp cho người nhập cư và gia đình. Quý vị không cần cho biết tên.
home-needs-heading = Hoặc chọn một chủ đề
home-rights-heading = Biết quyền của quý vị
home-rights-body = Mọi người ở Hoa Kỳ đều có quyền, dù tình trạng di trú của họ là gì.
home-rights-link = Đọc về quyền của quý vị
home-privacy = Những gì quý vị tìm kiếm không được lưu lại. Chúng tôi không hỏi về tình trạng di trú.

need-legal = Trợ giúp pháp lý
need-legal-hint = Luật sư miễn phí và giúp đỡ về di trú
need-health = Sức khỏe
need-health-hint = Phòng khám, bác sĩ, nha sĩ
need-food = Thực phẩm
need-food-hint = Nơi phát thực phẩm và bữa ăn miễn phí
need-housing = Nhà ở
need-housing-hint = Nơi tạm trú và giúp đỡ tiền thuê nhà
need-english = Học tiếng Anh
need-english-hint = Lớp học tiếng Anh miễn phí
need-jobs = Việc làm
need-jobs-hint = Tìm việc và học nghề
need-business = Mở doanh nghiệp
need-business-hint = Giúp đỡ và cho vay cho doanh nghiệp nhỏ
need-money = Tiền bạc và ngân hàng
need-money-hint = Tài khoản ngân hàng, thuế, quản lý chi tiêu
need-citizenship = Quốc tịch
need-citizenship-hint = Trở thành công dân Hoa Kỳ
need-id = Giấy tờ tùy thân
need-id-hint = Thẻ căn cước và bằng lái xe
need-family = Gia đình và trường học
need-family-hint = Ghi danh đi học và giữ trẻ
need-emergency = Khẩn cấp
need-emergency-hint = Đường dây khủng hoảng và giúp đỡ khẩn cấp

## Results

results-title = Kết quả tìm kiếm
results-title-for = Kết quả cho “{ $query }”
results-start = Hãy viết điều quý vị cần vào ô phía trên, hoặc chọn một chủ đề:
results-count = { $count ->
    [0] Không tìm thấy dịch vụ nào
   *[other] Tìm thấy { $count } dịch vụ
}
results-understood = Chúng tôi cũng đã tìm: { $terms }
results-search-unavailable = Hiện không thể tìm kiếm. Xin vui lòng thử lại sau.
results-unknown-zip = Chúng tôi không biết mã ZIP (mã bưu chính) này. Xin kiểm tra lại: mã có 5 chữ số, ví dụ 45402.
results-bad-filter = Chúng tôi không dùng được một trong các bộ lọc. Xin kiểm tra lại rồi thử lại.
filters-heading = Bộ lọc
filter-language = Ngôn ngữ sử dụng
filter-language-any = Bất kỳ ngôn ngữ nào
filter-near = Gần mã ZIP
filter-near-hint = 5 chữ số, ví dụ 45402
filter-radius = Khoảng cách
filter-radius-miles = { $miles ->
   *[other] Trong vòng { $miles } dặm
}
filter-only = Chỉ hiện các dịch vụ
filter-free = miễn phí
filter-open-now = đang mở cửa
filter-walk-in = đến trực tiếp được (không cần hẹn)
filter-accessible = có lối đi cho xe lăn
filter-no-id = không đòi giấy tờ tùy thân
filter-no-ssn = không đòi số An Sinh Xã Hội
filters-apply = Áp dụng bộ lọc
hit-languages = Ngôn ngữ: { $languages }
why-heading = Vì sao có kết quả này:
why-words = các từ { $words }
why-category = chủ đề của dịch vụ khớp với điều quý vị tìm
verified-on = Thông tin được kiểm tra ngày { $date }
verified-unknown = Chúng tôi không biết thông tin này được kiểm tra lần cuối khi nào.
pager-label = Các trang
pager-prev = Trang trước
pager-next = Trang sau
pager-page = Trang { $page }
map-label = { $count ->
   *[other] Bản đồ { $count } kết quả trên trang này
}
map-hide = Ẩn bản đồ
map-show = Hiện bản đồ
empty-heading = Chúng tôi không tìm thấy dịch vụ nào cho lần tìm này
empty-body = Điều này không có nghĩa là không có sự giúp đỡ. Quý vị có thể:
empty-clear-filters = Tìm lại không dùng bộ lọc
empty-other-words = Thử dùng từ khác hoặc ít từ hơn, hoặc chọn một chủ đề bên dưới.
empty-call-211 = Gọi 211 (miễn phí, bằng bất kỳ ngôn ngữ nào) để nói chuyện với người có thể giúp quý vị.
empty-browse = Chủ đề

## Trust marks and legal warnings

badge-doj-recognized = Tổ chức được Bộ Tư pháp (DOJ) công nhận
badge-doj-accredited = Có đại diện được Bộ Tư pháp (DOJ) chứng nhận
badge-attorney = Có luật sư làm việc tại chỗ
notario-warning-title = Coi chừng lừa đảo “notario”
notario-warning-body = Tại Hoa Kỳ, “notario”, công chứng viên (notary public) hay “cố vấn di trú” KHÔNG phải là luật sư và không được tư vấn pháp lý về di trú. Chỉ luật sư có giấy phép hành nghề, hoặc người đại diện được Bộ Tư pháp (DOJ) chứng nhận làm việc tại một tổ chức được công nhận, mới có thể giúp hồ sơ di trú của quý vị.
notario-warning-link = Cách tự bảo vệ mình

## Service page

service-offered-by = Nơi cung cấp
service-not-active = Dịch vụ này có thể đang đóng cửa. Hãy gọi điện trước khi đến.
service-what = Dịch vụ cung cấp
service-who = Ai có thể nhận
service-who-unknown = Nơi cung cấp không cho biết ai có thể nhận dịch vụ này. Hãy gọi điện để hỏi.
service-ages-between = Từ { $min } đến { $max } tuổi
service-ages-from = Từ { $min } tuổi trở lên
service-ages-to = Đến { $max } tuổi
service-cost = Chi phí
service-free = Miễn phí
service-cost-unknown = Nơi cung cấp không cho biết chi phí. Hãy gọi điện để hỏi.
service-how = Cách nhận dịch vụ
service-walk-in = Quý vị có thể đến trực tiếp: không cần hẹn trước.
service-appointment = Quý vị cần có hẹn trước.
service-languages = Ngôn ngữ sử dụng
service-languages-unknown = Nơi cung cấp không cho biết họ nói những ngôn ngữ nào.
service-documents = Giấy tờ cần mang theo
service-documents-none-listed = Nơi cung cấp không liệt kê giấy tờ cần mang theo.
service-no-id = Quý vị không cần giấy tờ tùy thân.
service-no-ssn = Quý vị không cần số An Sinh Xã Hội.
service-where-when = Ở đâu và khi nào
service-virtual = Trực tuyến hoặc qua điện thoại
service-directions = Chỉ đường (OpenStreetMap)
service-hours = Giờ mở cửa
service-hours-unknown = Giờ mở cửa không được công bố. Hãy gọi điện trước khi đến.
service-contact = Liên lạc
status-open = Đang mở cửa
status-open-closes = Đang mở cửa · đóng cửa lúc { $time }
status-closed = Đang đóng cửa
status-closed-opens-today = Đang đóng cửa · mở cửa hôm nay lúc { $time }
status-closed-opens-on = Đang đóng cửa · mở cửa { $day } lúc { $time }
days-range = { $first } đến { $last }
hours-range = { $opens } – { $closes }
hours-closed = Đóng cửa
hours-all-day = Mở cửa 24 giờ
hours-zone = Giờ theo giờ địa phương ({ $zone }).

## Report a problem

report-heading = Báo lỗi về thông tin này
report-category = Có gì sai?
report-closed = Dịch vụ đã đóng cửa hoặc không còn nữa
report-wrong-phone = Số điện thoại bị sai
report-wrong-address = Địa chỉ bị sai
report-wrong-hours = Giờ mở cửa bị sai
report-wrong-languages = Họ không nói các ngôn ngữ được liệt kê
report-asked-for-payment = Họ đòi tiền cho một dịch vụ miễn phí
report-other = Vấn đề khác
report-details = Cho chúng tôi biết thêm (không bắt buộc)
report-no-personal-data = Xin đừng viết tên, số điện thoại, địa chỉ của quý vị, hoặc bất cứ điều gì về tình trạng di trú của quý vị.
report-send = Gửi báo cáo
report-thanks = Cảm ơn quý vị. Nhân viên của chúng tôi sẽ kiểm tra thông tin này.
report-what-we-keep = Chúng tôi chỉ giữ vấn đề quý vị đã chọn, phần quý vị viết và ngày quý vị gửi, không có tên, địa chỉ hay thiết bị của quý vị, tối đa 180 ngày, để nhân viên kiểm tra thông tin này.
report-not-taken-title = Hiện chúng tôi không thể nhận báo cáo của quý vị
report-not-taken-body = Hôm nay dịch vụ này, hoặc trang web này, đã nhận quá nhiều báo cáo, nên báo cáo của quý vị chưa được lưu. Xin vui lòng thử lại vào ngày mai, hoặc gọi cho dịch vụ để hỏi lại.

## Organization page

organization-services = Dịch vụ
organization-no-services = Tổ chức này hiện chưa liệt kê dịch vụ nào.

## Know your rights

rights-title = Biết quyền của quý vị
rights-lead = Thông tin dễ hiểu về quyền của quý vị tại Hoa Kỳ, dù tình trạng di trú của quý vị là gì.
rights-not-legal-advice = Đây là thông tin chung, không phải tư vấn pháp lý. Để được tư vấn về trường hợp của quý vị, hãy nói chuyện với luật sư có giấy phép hành nghề hoặc người đại diện được Bộ Tư pháp (DOJ) chứng nhận.
rights-reviewed = Được xem lại lần cuối ngày { $date }
rights-more = Thêm về quyền của quý vị

rights-home-title = Quyền của quý vị tại nhà
rights-home-intro = Phải làm gì nếu nhân viên di trú (ICE) hoặc cảnh sát đến cửa nhà quý vị.
rights-home-point-1 = Quý vị không bắt buộc phải mở cửa. Hãy yêu cầu họ đưa lệnh cho quý vị xem qua cửa sổ hoặc luồn lệnh vào dưới khe cửa.
rights-home-point-2 = Một mẫu đơn của ICE (“lệnh hành chính”, mẫu I-200 hoặc I-205) không cho phép nhân viên vào nhà quý vị. Chỉ có lệnh do thẩm phán ký mới cho phép, và lệnh đó phải ghi địa chỉ của quý vị.
rights-home-point-3 = Quý vị có quyền giữ im lặng. Quý vị có thể nói: “Tôi sử dụng quyền giữ im lặng của tôi.”
rights-home-point-4 = Đừng ký bất kỳ giấy tờ nào mà quý vị không hiểu. Quý vị có quyền nói chuyện với luật sư trước.
rights-home-point-5 = Đừng nói dối và đừng đưa giấy tờ giả. Hãy lập kế hoạch với gia đình: ai sẽ chăm sóc con cái quý vị, và sẽ gọi cho ai.
rights-home-help = Nếu quyền của quý vị bị vi phạm, hãy ghi lại những gì đã xảy ra, tên và số phù hiệu của các nhân viên, và liên lạc với một tổ chức trợ giúp pháp lý.

rights-work-title = Quyền của quý vị tại nơi làm việc
rights-work-intro = Hầu hết luật lao động bảo vệ mọi người lao động, dù có giấy tờ hay không.
rights-work-point-1 = Quý vị có quyền được trả ít nhất bằng mức lương tối thiểu, và được trả tiền làm thêm giờ.
rights-work-point-2 = Quý vị có quyền có nơi làm việc an toàn. Quý vị có thể báo cáo các mối nguy hiểm mà không bị trừng phạt.
rights-work-point-3 = Chủ của quý vị không được phân biệt đối xử với quý vị vì nguồn gốc quốc gia, chủng tộc, tôn giáo hay giới tính.
rights-work-point-4 = Chủ dọa gọi sở di trú vì quý vị khiếu nại về tiền lương hay sự an toàn là phạm pháp.
rights-work-point-5 = Hãy ghi lại giờ làm, tiền lương, tên và địa chỉ của chủ.
rights-work-help = Trung tâm người lao động hoặc tổ chức trợ giúp pháp lý có thể giúp quý vị đòi lại tiền lương chưa được trả, miễn phí.

rights-police-title = Quyền của quý vị với cảnh sát và ICE
rights-police-intro = Phải làm gì nếu quý vị bị chặn lại trên đường, trong xe, hoặc bị bắt.
rights-police-point-1 = Hãy giữ bình tĩnh. Đừng bỏ chạy, cãi lại hay chống cự, dù quý vị nghĩ việc bị chặn lại là không công bằng.
rights-police-point-2 = Quý vị có quyền giữ im lặng. Quý vị không phải trả lời câu hỏi về nơi quý vị sinh ra hay tình trạng di trú của quý vị.
rights-police-point-3 = Hãy hỏi: “Tôi có được đi không?” Nếu họ nói có, hãy bình tĩnh rời đi.
rights-police-point-4 = Quý vị không bắt buộc phải đồng ý cho khám xét người, xe hay đồ đạc của quý vị.
rights-police-point-5 = Nếu bị bắt, hãy yêu cầu có luật sư ngay. Đừng ký bất cứ thứ gì khi không có luật sư.
rights-police-point-6 = Hãy nhớ thuộc lòng số điện thoại của một người trong gia đình và của một luật sư, phòng khi điện thoại của quý vị bị lấy đi.
rights-police-help = Nếu quý vị hoặc người thân bị sở di trú giam giữ, hãy liên lạc với một tổ chức trợ giúp pháp lý càng sớm càng tốt.

rights-school-title = Quyền của quý vị tại trường học
rights-school-intro = Mọi trẻ em tại Hoa Kỳ đều có quyền được học trường công miễn phí.
rights-school-point-1 = Trường công phải nhận trẻ em, dù tình trạng di trú của trẻ hay của cha mẹ là gì.
rights-school-point-2 = Trường học không được đòi số An Sinh Xã Hội hay giấy tờ di trú để cho trẻ ghi danh.
rights-school-point-3 = Trường có thể yêu cầu giấy tờ chứng minh quý vị sống trong khu học chánh và chứng minh tuổi của con quý vị. Nhiều loại giấy tờ khác nhau đều được chấp nhận.
rights-school-point-4 = Quý vị có quyền có thông dịch viên miễn phí khi nói chuyện với nhà trường.
rights-school-point-5 = Trẻ em đang học tiếng Anh có quyền được hỗ trợ về ngôn ngữ.
rights-school-help = Nếu trường từ chối cho con quý vị ghi danh, hãy yêu cầu trường ghi lý do từ chối trên giấy và liên lạc với một tổ chức trợ giúp pháp lý.

rights-notario-title = Tránh bị lừa đảo “notario”
rights-notario-intro = Có những người giả vờ có thể giúp làm giấy tờ di trú để lấy tiền của quý vị.
rights-notario-point-1 = Ở nhiều nước, “notario” là luật sư. Tại Hoa Kỳ, công chứng viên (notary public) KHÔNG phải là luật sư và không được giúp các hồ sơ di trú.
rights-notario-point-2 = Chỉ luật sư có giấy phép hành nghề, hoặc người đại diện được Bộ Tư pháp (DOJ) chứng nhận làm việc tại một tổ chức được DOJ công nhận, mới được tư vấn pháp lý về di trú.
rights-notario-point-3 = Đừng bao giờ trả tiền cho người hứa sẽ lấy được thẻ xanh, giấy phép làm việc hay một “luật đặc biệt” thật nhanh hoặc chắc chắn.
rights-notario-point-4 = Đừng bao giờ ký vào mẫu đơn để trống hoặc có thông tin sai. Luôn xin bản sao của mọi giấy tờ quý vị ký và nộp.
rights-notario-point-5 = Các mẫu đơn của chính phủ được tải xuống miễn phí tại uscis.gov. Hãy cẩn thận với bất kỳ ai lấy tiền của quý vị cho chính các mẫu đơn.
rights-notario-help = Nếu quý vị bị lừa đảo “notario”, hãy liên lạc với một tổ chức trợ giúp pháp lý. Quý vị có thể báo cáo ngay cả khi không có giấy tờ.

## About and privacy

about-title = Giới thiệu và quyền riêng tư
about-lead = Puerta là danh bạ miễn phí các dịch vụ cho người nhập cư và người tị nạn. Đây là phần mềm mã nguồn mở do các tổ chức địa phương vận hành.
privacy-heading = Quyền riêng tư của quý vị
privacy-not-stored-heading = Những gì chúng tôi không lưu
privacy-no-accounts = Không có tài khoản. Chúng tôi không bao giờ hỏi tên, số điện thoại hay địa chỉ của quý vị.
privacy-no-search-logs = Chúng tôi không lưu những gì quý vị tìm kiếm, các trang quý vị xem, hay mã ZIP của quý vị.
privacy-no-analytics = Không phân tích dữ liệu, không quảng cáo và không theo dõi.
privacy-no-third-parties = Các trang không tải bất cứ thứ gì từ trang web khác: không phông chữ, bản đồ hay mã chương trình (script) của công ty khác.
privacy-no-status = Chúng tôi không bao giờ hỏi về tình trạng di trú.
privacy-stored-heading = Những gì chúng tôi lưu
privacy-language-cookie = Một cookie tên “lang”, chỉ khi quý vị chọn ngôn ngữ: cookie này nhớ ngôn ngữ của quý vị trong một năm. Cookie không chứa gì khác.
privacy-reports = Nếu quý vị báo lỗi về một dịch vụ, chúng tôi giữ trong cơ sở dữ liệu vấn đề quý vị đã chọn, phần quý vị viết và ngày quý vị gửi (không giữ giờ). Chúng tôi không giữ tên, địa chỉ, thiết bị hay địa chỉ IP của quý vị. Chỉ những nhân viên cập nhật danh bạ này mới đọc các báo cáo. Họ xóa báo cáo sau khi đã kiểm tra thông tin, và mọi báo cáo đều bị xóa chậm nhất sau 180 ngày.
privacy-server-logs = Máy chủ của chúng tôi ghi lại các thông tin kỹ thuật (loại trang nào được yêu cầu, có chạy được không, mất bao lâu), không bao giờ ghi lại những gì quý vị tìm kiếm hay viết.
about-data-heading = Thông tin đến từ đâu
about-data-body = Các dịch vụ do các tổ chức địa phương đăng và được nhân viên của chúng tôi kiểm tra. Mỗi trang dịch vụ cho biết thông tin được kiểm tra lần cuối khi nào. Luôn gọi điện trước khi đến.
about-translations-heading = Bản dịch
about-translations-body = Các trang được viết bằng tiếng Anh rồi dịch sang các ngôn ngữ khác. Đây là mức độ kiểm tra của từng bản dịch:
about-translations-language = Ngôn ngữ
about-translations-state = Tình trạng
review-state-source = Bản gốc
review-state-reviewed = Đã được người thông thạo ngôn ngữ này xem lại
review-state-draft = Bản nháp, chưa được người thông thạo ngôn ngữ này xem lại
review-state-machine = Dịch máy, chưa được xem lại
review-state-missing = Chưa được dịch (hiển thị bằng tiếng Anh)
review-state-unknown = Không ghi rõ

## Dates, times, distances

time-style = 24h
time-am = SA
time-pm = CH
weekday-mon = Thứ Hai
weekday-tue = Thứ Ba
weekday-wed = Thứ Tư
weekday-thu = Thứ Năm
weekday-fri = Thứ Sáu
weekday-sat = Thứ Bảy
weekday-sun = Chủ Nhật
date-long = ngày { $day } { $month } năm { $year }
month-1 = tháng 1
month-2 = tháng 2
month-3 = tháng 3
month-4 = tháng 4
month-5 = tháng 5
month-6 = tháng 6
month-7 = tháng 7
month-8 = tháng 8
month-9 = tháng 9
month-10 = tháng 10
month-11 = tháng 11
month-12 = tháng 12
distance-miles = { $miles } dặm ({ $km } km)

## Language names (ISO 639 codes of the services' languages)

language-en = Tiếng Anh
language-es = Tiếng Tây Ban Nha
language-zh = Tiếng Trung
language-yue = Tiếng Quảng Đông
language-tl = Tiếng Tagalog
language-vi = Tiếng Việt
language-ar = Tiếng Ả Rập
language-fr = Tiếng Pháp
language-ht = Tiếng Creole Haiti
language-ko = Tiếng Hàn
language-ru = Tiếng Nga
language-pt = Tiếng Bồ Đào Nha
language-uk = Tiếng Ukraina
language-fa = Tiếng Ba Tư
language-prs = Tiếng Dari
language-ps = Tiếng Pashto
language-am = Tiếng Amhara
language-so = Tiếng Somali
language-sw = Tiếng Swahili
language-ti = Tiếng Tigrinya
language-tr = Tiếng Thổ Nhĩ Kỳ
language-ne = Tiếng Nepal
language-my = Tiếng Miến Điện
language-mam = Tiếng Mam
language-asl = Ngôn ngữ Ký hiệu Hoa Kỳ (ASL)

## Plan

plan-nav = Kế hoạch của tôi ({ $count })
plan-title = Kế hoạch của tôi
plan-print-title = Kế hoạch của tôi (bản in)
plan-lead = Các dịch vụ quý vị đã chọn. Kế hoạch của quý vị chỉ được lưu trong địa chỉ của trang này, không lưu trên máy chủ của chúng tôi: hãy giữ đường link, in trang này hoặc quét mã QR.
plan-add = Thêm vào kế hoạch của tôi
plan-in-plan = Đã có trong kế hoạch
plan-full = Kế hoạch của quý vị đã đầy (20 dịch vụ). Hãy bỏ bớt một dịch vụ để thêm dịch vụ khác.
plan-empty = Kế hoạch của quý vị đang trống. Hãy tìm dịch vụ và chọn “Thêm vào kế hoạch của tôi”.
plan-find-more = Tìm thêm dịch vụ
plan-remove = Bỏ { $name } khỏi kế hoạch của tôi
plan-damaged = Một phần của đường link kế hoạch này không đọc được. Hãy kiểm tra xem quý vị đã sao chép đủ cả đường link chưa.
plan-missing = { $count ->
   *[other] Có { $count } dịch vụ trong kế hoạch này không còn trong danh sách nữa.
}
plan-share-heading = Giữ lại hoặc chia sẻ kế hoạch
plan-share-link = Đường link đến kế hoạch này:
plan-share-hint = Bất kỳ ai có đường link hoặc mã QR này đều có thể xem các dịch vụ trong kế hoạch. Trong đó không có tên của quý vị.
plan-qr-alt = Mã QR có đường link đến kế hoạch này
plan-print = Bản để in
plan-print-hint = Dùng lệnh In (Print) của trình duyệt để in trang này hoặc lưu thành tệp PDF.
plan-back = Trở về kế hoạch của tôi
plan-printed-on = In ngày { $date }. Hãy gọi điện trước khi đến: giờ mở cửa có thể thay đổi.
plan-send-heading = Gửi đường link bằng tin nhắn hoặc email
plan-send-to = Số điện thoại hoặc địa chỉ email
plan-send-hint = Ví dụ 937 555 0101 hoặc name@example.org. Chúng tôi chỉ dùng để gửi tin nhắn này và không lưu lại.
plan-send-button = Gửi đường link
plan-send-disabled = Thành phố này chưa có chức năng gửi bằng tin nhắn hoặc email. Quý vị có thể sao chép đường link, in kế hoạch hoặc quét mã QR.
plan-send-failed = Chúng tôi không gửi được tin nhắn. Xin vui lòng thử lại sau, hoặc sao chép đường link.
plan-send-empty = Hãy viết số điện thoại hoặc địa chỉ email.
plan-send-bad-phone = Số điện thoại này có vẻ không đúng. Hãy viết 10 chữ số, ví dụ 937 555 0101, hoặc dấu + và mã quốc gia.
plan-send-bad-email = Địa chỉ email này có vẻ không đúng. Hãy kiểm tra lại, ví dụ name@example.org.
plan-send-empty-plan = Kế hoạch của quý vị đang trống: chưa có gì để gửi.
plan-sent-sms = Chúng tôi đã gửi đường link bằng tin nhắn.
plan-sent-email = Chúng tôi đã gửi đường link bằng email.
plan-message = Kế hoạch của quý vị từ { $site }: { $link }
