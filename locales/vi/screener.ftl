# Puerta, kiểm tra chương trình: tiếng Việt.
# review-state: draft
# Machine-drafted by the Puerta team; not yet reviewed by a fluent speaker.
# Nhóm Puerta soạn thảo bản dịch này; chưa được người thông thạo tiếng Việt duyệt lại.

## Screener

home-screener-heading = Các chương trình quý vị có thể hội đủ điều kiện
home-screener-body = Trả lời vài câu hỏi ngắn để xem những chương trình nào có thể giúp quý vị và nơi để nhận. Quý vị không bắt buộc phải trả lời câu nào, và những gì quý vị nhập đều không được lưu lại.
home-screener-link = Bắt đầu kiểm tra chương trình
screener-title = Kiểm tra chương trình
screener-intro-heading = Những chương trình nào có thể giúp quý vị?
screener-intro-lead = Trả lời vài câu hỏi ngắn, mỗi lần một chủ đề. Chúng tôi cho quý vị thấy những chương trình có thể giúp quý vị, lý do, và các dịch vụ có thể giúp quý vị nộp đơn.
screener-intro-optional = Quý vị không bắt buộc phải trả lời câu nào: quý vị có thể bỏ qua bất kỳ câu hỏi hay chủ đề nào không muốn trả lời.
screener-intro-not-stored = Những gì quý vị nhập đều không được lưu lại: câu trả lời chỉ nằm trong địa chỉ của trang này và sẽ mất khi quý vị đóng trang.
screener-intro-no-status = Chúng tôi không hỏi về tình trạng di trú của quý vị. Chỉ có phần cuối, phần kiểm tra quốc tịch dành cho thường trú nhân (người có thẻ xanh), hỏi về thẻ xanh của quý vị, và phần này không bắt buộc.
screener-intro-shared-device = Nếu dùng máy tính chung, hãy đóng cửa sổ trình duyệt khi xong.
screener-not-legal-advice = Đây là thông tin chung, không phải tư vấn pháp lý. Chỉ chương trình đó, hoặc luật sư hay người đại diện được Bộ Tư pháp (DOJ) chứng nhận, mới có thể cho quý vị biết chắc chắn.
screener-start = Bắt đầu
screener-step-of = Bước { $step } trên { $total }
screener-next = Tiếp theo
screener-skip = Bỏ qua chủ đề này
screener-back = Quay lại
screener-see-results = Xem kết quả
screener-optional = Không bắt buộc
screener-yes = Có
screener-no = Không
screener-not-sure = Bỏ qua / không chắc
screener-choose = Bỏ qua / chọn một
screener-invalid = Chúng tôi không đọc được một câu trả lời trên trang này nên đã bỏ nó ra. Xin quý vị kiểm tra lại, hoặc để trống.
screener-invalid-some = Chúng tôi không đọc được một số câu trả lời của quý vị nên đã bỏ chúng ra. Quý vị có thể thay đổi câu trả lời ở bên dưới.
screener-you = Quý vị
screener-member = Người thứ { $n } trong hộ gia đình của quý vị
screener-city = Sycamore Falls
screener-county = Quận Ashgrove
screener-step-place = Nơi quý vị sống
screener-step-place-lead = Nhiều chương trình dành cho người sống trong thành phố hoặc trong quận.
screener-step-household = Tuổi và hộ gia đình
screener-step-household-lead = Hộ gia đình của quý vị là những người sống cùng quý vị và chia sẻ thức ăn hoặc tiền bạc.
screener-step-income = Thu nhập và phúc lợi
screener-step-income-lead = Một số chương trình dành cho các hộ gia đình có thu nhập thấp. Ước tính là được.
screener-step-work = Việc làm và kinh doanh
screener-step-work-lead = Một số chương trình giúp người có cơ sở kinh doanh nhỏ hoặc đã phục vụ trong quân đội.
screener-step-legal = Tình trạng pháp lý
screener-step-legal-lead = Chúng tôi hỏi điều này chỉ để chỉ cho quý vị nơi giúp đỡ pháp lý miễn phí. Quý vị có thể bỏ qua.
screener-step-citizenship = Kiểm tra quốc tịch
screener-step-citizenship-lead = Phần này chỉ dành cho thường trú nhân (người có thẻ xanh) muốn biết khi nào họ có thể nộp đơn xin nhập tịch Hoa Kỳ. Nếu không phải trường hợp của quý vị, hoặc quý vị không muốn trả lời, hãy bỏ qua.
screener-citizenship-skip-all = Bỏ qua phần này và xem kết quả
screener-q-state = Quý vị sống ở tiểu bang nào?
screener-q-lives-in-city = Quý vị có sống ở thành phố { $city } không?
screener-q-lives-in-county = Quý vị có sống ở { $county } không?
screener-q-lives-in-county-hint = Quận bao gồm cả thành phố.
screener-q-has-photo-identity-document = Quý vị có giấy tờ tùy thân có hình của bất kỳ quốc gia nào không?
screener-q-has-photo-identity-document-hint = Ví dụ hộ chiếu, thẻ căn cước lãnh sự hoặc bằng lái xe, của bất kỳ quốc gia nào.
screener-q-has-proof-of-city-address = Quý vị có thể đưa ra giấy tờ chứng minh địa chỉ của mình trong thành phố không?
screener-q-has-proof-of-city-address-hint = Ví dụ hợp đồng thuê nhà, hóa đơn điện nước, sao kê ngân hàng, hoặc thư của nơi tạm trú hay của một tổ chức bất vụ lợi.
screener-q-age = Quý vị bao nhiêu tuổi?
screener-q-enrolled-in-high-school = Hiện quý vị có đang học trung học (high school) không?
screener-q-enrolled-in-high-school-hint = Câu này chỉ quan trọng nếu quý vị 16 hoặc 17 tuổi.
screener-q-household-size = Hộ gia đình của quý vị có bao nhiêu người, tính cả quý vị?
screener-members-hint = Quý vị có thể cho chúng tôi biết về tối đa 5 người khác sống cùng quý vị. Để trống một người để bỏ qua người đó.
screener-q-relationship = Quan hệ với quý vị
screener-q-member-age = Tuổi
screener-relationship-spouse = Vợ hoặc chồng
screener-relationship-child = Con
screener-relationship-parent = Cha hoặc mẹ
screener-relationship-sibling = Anh chị em
screener-relationship-other = Khác
screener-q-household-annual-income = Tổng thu nhập một năm của hộ gia đình quý vị, trước thuế, là bao nhiêu?
screener-q-household-annual-income-hint = Tính bằng đô la Mỹ, cho tất cả mọi người trong hộ gia đình cộng lại. Ước tính là được.
screener-q-receives-means-tested-benefit = Có ai nhận phúc lợi dựa trên thu nhập không?
screener-q-receives-means-tested-benefit-hint = Ví dụ Medicaid, SNAP (phiếu thực phẩm), SSI, TANF hoặc trợ giúp nhà ở.
screener-q-receives-snap-or-wic = Có ai nhận SNAP (phiếu thực phẩm) hoặc WIC không?
screener-q-extreme-financial-hardship = Hiện quý vị có đang gặp khó khăn lớn về tiền bạc không?
screener-q-extreme-financial-hardship-hint = Ví dụ hóa đơn y tế lớn, bị mất việc, hoặc thiên tai.
screener-q-runs-or-plans-small-business = Quý vị có cơ sở kinh doanh nhỏ, hoặc dự định mở một cơ sở không?
screener-q-runs-or-plans-small-business-hint = Bán thức ăn bằng xe đẩy hoặc tại nhà cũng được tính.
screener-q-military-service = Quý vị có đang hoặc đã từng phục vụ trong quân đội Hoa Kỳ không?
screener-q-facing-removal-proceedings = Quý vị có hồ sơ tại tòa án di trú không?
screener-q-facing-removal-proceedings-hint = Ví dụ, quý vị đã nhận “Notice to Appear” (Thông báo ra hầu tòa). Một luật sư miễn phí có thể bào chữa cho quý vị.
screener-q-permanent-resident-since = Quý vị trở thành thường trú nhân từ khi nào?
screener-q-permanent-resident-since-hint = Ngày ghi ở mục “Resident since” trên thẻ xanh của quý vị.
screener-q-lives-in-state-since = Quý vị sống ở tiểu bang hiện tại từ khi nào?
screener-q-married = Quý vị có đang kết hôn không?
screener-q-spouse-is-us-citizen = Vợ hoặc chồng của quý vị có phải là công dân Hoa Kỳ không?
screener-q-married-to-citizen-since = Quý vị đã kết hôn và sống chung với người vợ hoặc chồng là công dân Hoa Kỳ từ khi nào?
screener-q-days-outside-us-last-5y = Trong 5 năm qua, tổng cộng quý vị đã ở ngoài Hoa Kỳ bao nhiêu ngày?
screener-q-days-outside-us-last-5y-hint = Ước tính theo ngày là được: 6 tháng là khoảng 180 ngày.
screener-q-longest-trip-days-last-5y = Trong 5 năm qua, chuyến đi ra ngoài Hoa Kỳ dài nhất của quý vị kéo dài bao nhiêu ngày?
screener-q-days-outside-us-last-3y = Trong 3 năm qua, tổng cộng quý vị đã ở ngoài Hoa Kỳ bao nhiêu ngày?
screener-q-longest-trip-days-last-3y = Trong 3 năm qua, chuyến đi ra ngoài Hoa Kỳ dài nhất của quý vị kéo dài bao nhiêu ngày?
screener-results-title = Các chương trình có thể giúp quý vị
screener-results-lead = Dựa trên câu trả lời của quý vị, kiểm tra { $date }.
screener-likely-heading = Nhiều khả năng
screener-likely-hint = Dựa trên câu trả lời của quý vị, nhiều khả năng quý vị hội đủ điều kiện. Hãy liên lạc một dịch vụ bên dưới để nộp đơn.
screener-maybe-heading = Có thể
screener-maybe-hint = Chúng tôi cần thêm một ít thông tin để biết. Người hướng dẫn (navigator) có thể giúp quý vị.
screener-unlikely-heading = { $count ->
   *[other] Các chương trình khác ({ $count })
}
screener-unlikely-hint = Dựa trên câu trả lời của quý vị, các chương trình này ít khả năng hơn. Quy định có những ngoại lệ: người hướng dẫn (navigator) có thể cùng quý vị kiểm tra lại.
screener-group-empty = Chưa có chương trình nào dựa trên câu trả lời của quý vị cho đến nay.
screener-needs = Chúng tôi cần biết: { $facts }.
screener-why = Lý do
screener-amount = Số tiền: { $amount }
screener-threshold = Con số được dùng: { $value } (nguồn: { $sources }).
screener-threshold-dated = Con số được dùng: { $value } (nguồn: { $sources }; có hiệu lực từ { $date }).
screener-check-legal-provider = Hãy hỏi một nơi cung cấp dịch vụ pháp lý.
screener-flag-review = Một nơi cung cấp dịch vụ pháp lý cần xem xét một phần của điều này: hãy hỏi một nơi cung cấp dịch vụ pháp lý.
screener-flag-borderline = Câu trả lời của quý vị nằm đúng ngay mức giới hạn, mà các nguồn diễn đạt khác nhau: hãy hỏi một nơi cung cấp dịch vụ pháp lý.
screener-flag-single-source = Một con số được dùng ở đây chỉ đến từ một nguồn mà chúng tôi không thể đối chiếu: hãy hỏi một nơi cung cấp dịch vụ pháp lý.
screener-flag-no-parameter = Chúng tôi không có con số đang có hiệu lực cho ngày hôm nay: hãy hỏi một nơi cung cấp dịch vụ pháp lý.
screener-flag-unverified = Một con số được dùng ở đây chưa được xác nhận: hãy hỏi một nơi cung cấp dịch vụ pháp lý.
screener-services = Nơi nhận giúp đỡ
screener-services-none = Chưa có dịch vụ nào được liệt kê cho chương trình này. Hãy gọi 211 để được giúp đỡ.
screener-more-services = Tìm thêm các dịch vụ như thế này
screener-change-answers = Thay đổi câu trả lời
screener-start-over = Làm lại từ đầu, không có câu trả lời nào
screener-unit-years = { $n ->
   *[other] { $n } năm
}
screener-unit-months = { $n ->
   *[other] { $n } tháng
}
screener-unit-days = { $n ->
   *[other] { $n } ngày
}
fact-age = tuổi của quý vị
fact-relationship = quan hệ của từng người với quý vị
fact-receives-means-tested-benefit = có ai nhận phúc lợi dựa trên thu nhập hay không
fact-household-size = hộ gia đình của quý vị có bao nhiêu người
fact-household-annual-income = thu nhập của hộ gia đình quý vị
fact-household-income-pct-fpg = thu nhập của hộ gia đình quý vị so với mức chuẩn nghèo
fact-state = tiểu bang của quý vị
fact-lives-in-city = quý vị có sống trong thành phố hay không
fact-permanent-resident-since = ngày quý vị trở thành thường trú nhân
fact-years-as-permanent-resident = quý vị đã là thường trú nhân được bao lâu
fact-married = quý vị có đang kết hôn hay không
fact-spouse-is-us-citizen = vợ hoặc chồng của quý vị có phải là công dân Hoa Kỳ hay không
fact-married-to-citizen-since = quý vị kết hôn với người vợ hoặc chồng là công dân Hoa Kỳ từ khi nào
fact-lives-in-state-since = quý vị sống ở tiểu bang của mình từ khi nào
fact-days-outside-us-last-5y = số ngày quý vị ở ngoài Hoa Kỳ trong 5 năm qua
fact-days-outside-us-last-3y = số ngày quý vị ở ngoài Hoa Kỳ trong 3 năm qua
fact-longest-trip-days-last-5y = chuyến đi ra ngoài Hoa Kỳ dài nhất của quý vị trong 5 năm qua
fact-longest-trip-days-last-3y = chuyến đi ra ngoài Hoa Kỳ dài nhất của quý vị trong 3 năm qua
fact-facing-removal-proceedings = quý vị có hồ sơ tại tòa án di trú hay không
fact-military-service = quý vị có từng phục vụ trong quân đội Hoa Kỳ hay không
fact-extreme-financial-hardship = quý vị có gặp khó khăn lớn về tiền bạc hay không
fact-lives-in-county = quý vị có sống trong quận hay không
fact-enrolled-in-high-school = quý vị có đang học trung học hay không
fact-receives-snap-or-wic = có ai nhận SNAP hoặc WIC hay không
fact-runs-or-plans-small-business = quý vị có hoặc dự định mở cơ sở kinh doanh nhỏ hay không
fact-has-photo-identity-document = quý vị có giấy tờ tùy thân có hình hay không
fact-has-proof-of-city-address = quý vị có thể chứng minh địa chỉ trong thành phố hay không
rule-all = Tất cả những điều này đều đúng.
rule-any = Ít nhất một trong những điều này đúng.
rule-not = Điều này không đúng.
rule-any-member = Có một người trong hộ gia đình của quý vị đáp ứng điều này.
rule-all-members = Mọi người trong hộ gia đình của quý vị đều đáp ứng điều này.
rule-is-true = { $verdict ->
    [likely] Có: { $fact }.
   *[other] Không phải: { $fact }.
}
rule-is-false = { $verdict ->
    [likely] Không phải: { $fact }.
   *[other] Có: { $fact }.
}
rule-one-of = { $fact }: { $value }.
rule-compare-at-least = { $fact }: { $value } (cần ít nhất { $threshold }).
rule-compare-at-most = { $fact }: { $value } (tối đa { $threshold }).
rule-compare-greater-than = { $fact }: { $value } (cần trên { $threshold }).
rule-compare-less-than = { $fact }: { $value } (cần dưới { $threshold }).
rule-compare-equals = { $fact }: { $value } (cần { $threshold }).
rule-income-at-most-fpg-percent = { $verdict ->
    [likely] Thu nhập của hộ gia đình quý vị ({ $income } mỗi năm, hộ { $household-size } người) bằng hoặc thấp hơn { $limit-percent }% mức chuẩn nghèo liên bang năm { $year }: { $limit }.
    [unlikely] Thu nhập của hộ gia đình quý vị ({ $income } mỗi năm, hộ { $household-size } người) cao hơn { $limit-percent }% mức chuẩn nghèo liên bang năm { $year }: { $limit }.
   *[other] Thu nhập của hộ gia đình quý vị ({ $income } mỗi năm, hộ { $household-size } người) gần bằng { $limit-percent }% mức chuẩn nghèo liên bang năm { $year }: { $limit }.
}
rule-income-at-least-fpg-percent = { $verdict ->
    [likely] Thu nhập của hộ gia đình quý vị ({ $income } mỗi năm, hộ { $household-size } người) bằng hoặc cao hơn { $limit-percent }% mức chuẩn nghèo liên bang năm { $year }: { $limit }.
   *[other] Thu nhập của hộ gia đình quý vị ({ $income } mỗi năm, hộ { $household-size } người) thấp hơn { $limit-percent }% mức chuẩn nghèo liên bang năm { $year }: { $limit }.
}
rule-income-greater-than-fpg-percent = { $verdict ->
    [likely] Thu nhập của hộ gia đình quý vị ({ $income } mỗi năm, hộ { $household-size } người) cao hơn { $limit-percent }% mức chuẩn nghèo liên bang năm { $year }: { $limit }.
   *[other] Thu nhập của hộ gia đình quý vị ({ $income } mỗi năm, hộ { $household-size } người) không cao hơn { $limit-percent }% mức chuẩn nghèo liên bang năm { $year }: { $limit }.
}
rule-income-less-than-fpg-percent = { $verdict ->
    [likely] Thu nhập của hộ gia đình quý vị ({ $income } mỗi năm, hộ { $household-size } người) thấp hơn { $limit-percent }% mức chuẩn nghèo liên bang năm { $year }: { $limit }.
   *[other] Thu nhập của hộ gia đình quý vị ({ $income } mỗi năm, hộ { $household-size } người) không thấp hơn { $limit-percent }% mức chuẩn nghèo liên bang năm { $year }: { $limit }.
}
rule-income-equals-fpg-percent = Thu nhập của hộ gia đình quý vị ({ $income } mỗi năm, hộ { $household-size } người) so với { $limit-percent }% mức chuẩn nghèo liên bang năm { $year }: { $limit }.
rule-elapsed-since = { $verdict ->
    [likely] Từ { $since }: đã đủ { $period } vào { $date }.
   *[other] Từ { $since }: sẽ đủ { $period } vào { $date }.
}
rule-physical-presence = { $verdict ->
    [likely] Quý vị đã ở Hoa Kỳ { $days-present } trong { $window-days } vừa qua (hiện diện thực tế): cần ít nhất { $threshold }.
   *[other] Quý vị đã ở Hoa Kỳ { $days-present } trong { $window-days } vừa qua (hiện diện thực tế): cần ít nhất { $threshold }.
}
rule-continuous-residence = { $band ->
    [short] Chuyến đi ra ngoài Hoa Kỳ dài nhất của quý vị ({ $days }) ngắn hơn 6 tháng.
    [presumption] Chuyến đi ra ngoài Hoa Kỳ dài nhất của quý vị ({ $days }) dài hơn 6 tháng: điều này có thể làm gián đoạn “cư trú liên tục”, trừ khi quý vị chứng minh được điều ngược lại. Hãy hỏi một nơi cung cấp dịch vụ pháp lý.
    [possible-break] Chuyến đi ra ngoài Hoa Kỳ dài nhất của quý vị ({ $days }) có thể đã kéo dài 1 năm trở lên: hãy hỏi một nơi cung cấp dịch vụ pháp lý.
   *[break] Chuyến đi ra ngoài Hoa Kỳ dài nhất của quý vị ({ $days }) kéo dài 1 năm trở lên: điều này thường làm gián đoạn “cư trú liên tục”. Hãy hỏi một nơi cung cấp dịch vụ pháp lý.
}
rule-n400-path-general = Diện 5 năm dành cho thường trú nhân.
rule-n400-path-spouse = Diện 3 năm dành cho vợ hoặc chồng của công dân Hoa Kỳ.
rule-n400-min-age = { $verdict ->
    [likely] Tuổi của quý vị: { $value }. Cần ít nhất { $threshold } để nộp đơn.
   *[other] Tuổi của quý vị: { $value }. Quý vị phải được ít nhất { $threshold } mới có thể nộp đơn.
}
rule-n400-earliest-filing = { $verdict ->
    [likely] Theo diện 5 năm, quý vị đã có thể nộp đơn từ { $date } ({ $period } là thường trú nhân kể từ { $since }, trừ đi { $early-days }): ngày đó đã qua.
   *[other] Theo diện 5 năm, ngày sớm nhất để nộp đơn là { $date } ({ $period } là thường trú nhân kể từ { $since }, trừ đi { $early-days }).
}
rule-n400-earliest-filing-spouse = { $verdict ->
    [likely] Theo diện 3 năm dành cho vợ hoặc chồng, quý vị đã có thể nộp đơn từ { $date } ({ $period } là thường trú nhân kể từ { $since }, trừ đi { $early-days }): ngày đó đã qua.
   *[other] Theo diện 3 năm dành cho vợ hoặc chồng, ngày sớm nhất để nộp đơn là { $date } ({ $period } là thường trú nhân kể từ { $since }, trừ đi { $early-days }).
}
rule-n400-state-residence = { $verdict ->
    [likely] Quý vị sống ở tiểu bang của mình từ { $since }: cần ít nhất { $period }.
   *[other] Quý vị sống ở tiểu bang của mình từ { $since }: cần { $period }, sẽ đủ vào { $date }.
}
rule-n400-married = { $verdict ->
    [likely] Quý vị đang kết hôn.
   *[other] Quý vị cho biết mình không kết hôn, nên diện 3 năm dành cho vợ hoặc chồng không áp dụng.
}
rule-n400-spouse-citizen = { $verdict ->
    [likely] Vợ hoặc chồng của quý vị là công dân Hoa Kỳ.
   *[other] Quý vị cho biết vợ hoặc chồng của mình không phải là công dân Hoa Kỳ, nên diện 3 năm dành cho vợ hoặc chồng không áp dụng.
}
rule-n400-marital-union = { $verdict ->
    [likely] Quý vị đã kết hôn và sống chung với người vợ hoặc chồng là công dân Hoa Kỳ từ { $since }: cần ít nhất { $period }.
   *[other] Quý vị đã kết hôn và sống chung với người vợ hoặc chồng là công dân Hoa Kỳ từ { $since }: cần { $period }, sẽ đủ vào { $date }.
}
rule-n400-fee-waiver-benefit = { $verdict ->
    [likely] { $person ->
        [you] Quý vị nhận phúc lợi dựa trên thu nhập.
       *[member] { $who } nhận phúc lợi dựa trên thu nhập.
    }
   *[other] { $person ->
        [you] Quý vị không nhận phúc lợi dựa trên thu nhập.
       *[member] { $who } không nhận phúc lợi dựa trên thu nhập.
    }
}
rule-n400-fee-waiver-benefit-relative = { $verdict ->
    [likely] { $person ->
        [you] Phúc lợi của chính quý vị được tính.
       *[member] { $who } là vợ, chồng hoặc con của quý vị: phúc lợi của người đó được tính.
    }
   *[other] { $who } không phải là vợ, chồng hay con của quý vị: với những người thân khác, hãy hỏi một nơi cung cấp dịch vụ pháp lý.
}
rule-n400-fee-waiver-benefit-parent-or-sibling = Cha, mẹ hoặc anh chị em trong hộ gia đình của quý vị nhận phúc lợi dựa trên thu nhập: điều này có thể được tính. Hãy hỏi một nơi cung cấp dịch vụ pháp lý.
rule-n400-fee-waiver-hardship = { $verdict ->
    [unlikely] Quý vị không cho biết mình đang gặp khó khăn lớn về tiền bạc.
   *[other] Quý vị đang gặp khó khăn lớn về tiền bạc: một nơi cung cấp dịch vụ pháp lý có thể giúp quý vị chứng minh tình trạng khó khăn tài chính nghiêm trọng (extreme financial hardship) để xin miễn lệ phí.
}
rule-n400-fee-military = { $verdict ->
    [likely] Quý vị đang hoặc đã từng phục vụ trong quân đội Hoa Kỳ: có thể quý vị không phải đóng lệ phí.
   *[other] Quý vị cho biết mình chưa từng phục vụ trong quân đội Hoa Kỳ.
}
rule-n400-fee-full-not-military = { $verdict ->
    [likely] Quý vị cho biết mình chưa từng phục vụ trong quân đội Hoa Kỳ.
   *[other] Quý vị đang hoặc đã từng phục vụ trong quân đội Hoa Kỳ, nên có thể được miễn lệ phí.
}
rule-n400-fee-full-income-over-reduced-limit = Thu nhập của hộ gia đình quý vị cao hơn mức giới hạn để được đóng lệ phí giảm.
rule-city-resident = { $verdict ->
    [likely] Quý vị sống trong thành phố.
   *[other] Quý vị cho biết mình không sống trong thành phố.
}
rule-county-resident = { $verdict ->
    [likely] Quý vị sống trong quận.
   *[other] Quý vị cho biết mình không sống trong quận.
}
rule-city-or-county-resident = { $verdict ->
    [likely] Quý vị sống trong thành phố hoặc trong quận.
   *[other] Quý vị cho biết mình không sống trong thành phố cũng không sống trong quận.
}
rule-city-id-min-age = { $verdict ->
    [likely] Tuổi của quý vị: { $value }. Thẻ căn cước này dành cho người từ { $threshold } trở lên.
   *[other] Tuổi của quý vị: { $value }. Thẻ căn cước này dành cho người từ { $threshold } trở lên.
}
rule-city-id-photo-identity = { $verdict ->
    [likely] Quý vị có giấy tờ tùy thân có hình của một quốc gia.
   *[other] Quý vị cho biết mình không có giấy tờ tùy thân có hình. Người hướng dẫn (navigator) có thể cho quý vị biết những giấy tờ nào khác có thể được chấp nhận.
}
rule-city-id-proof-of-address = { $verdict ->
    [likely] Quý vị có thể đưa ra giấy tờ chứng minh địa chỉ của mình trong thành phố.
   *[other] Quý vị cho biết mình không thể đưa ra giấy tờ chứng minh địa chỉ. Thư của nơi tạm trú hay của một tổ chức bất vụ lợi có thể được chấp nhận: hãy hỏi người hướng dẫn (navigator).
}
rule-esl-age = { $verdict ->
    [likely] Tuổi của quý vị phù hợp với các lớp học.
   *[other] Các lớp học dành cho người lớn, và cho thiếu niên 16 hoặc 17 tuổi không đang học trung học.
}
rule-esl-adult = { $verdict ->
    [likely] Tuổi của quý vị: { $value }. Các lớp học dành cho người lớn từ { $threshold } trở lên.
   *[other] Tuổi của quý vị: { $value }. Các lớp cho người lớn bắt đầu từ { $threshold }.
}
rule-esl-teen-out-of-school = { $verdict ->
    [likely] Quý vị là thiếu niên không đang học trung học: quý vị có thể tham gia.
   *[other] Thiếu niên chỉ có thể tham gia nếu không đang học trung học.
}
rule-esl-min-age = { $verdict ->
    [likely] Tuổi của quý vị: { $value }. Cần ít nhất { $threshold }.
   *[other] Tuổi của quý vị: { $value }. Các lớp học bắt đầu từ { $threshold }.
}
rule-esl-not-in-high-school = { $verdict ->
    [likely] Quý vị không đang học trung học.
   *[other] Quý vị đang học trung học: trường của quý vị có hỗ trợ học tiếng Anh.
}
rule-food-snap-or-wic = { $verdict ->
    [likely] { $person ->
        [you] Quý vị nhận SNAP hoặc WIC.
       *[member] { $who } nhận SNAP hoặc WIC.
    }
   *[other] { $person ->
        [you] Quý vị không nhận SNAP hay WIC.
       *[member] { $who } không nhận SNAP hay WIC.
    }
}
rule-food-snap-or-wic-household = { $verdict ->
    [likely] Có người trong hộ gia đình của quý vị nhận SNAP hoặc WIC.
   *[other] Không ai trong hộ gia đình của quý vị nhận SNAP hay WIC.
}
rule-facing-removal-proceedings = { $verdict ->
    [likely] Quý vị có hồ sơ tại tòa án di trú: quỹ này trả tiền luật sư để bào chữa cho quý vị.
   *[other] Quý vị cho biết mình không có hồ sơ tại tòa án di trú.
}
rule-small-business-owner = { $verdict ->
    [likely] Quý vị có hoặc dự định mở cơ sở kinh doanh nhỏ.
   *[other] Quý vị cho biết mình không có và không dự định mở cơ sở kinh doanh nhỏ.
}
rule-n400-fee-waiver-benefit-parent-relative = { $verdict ->
    [likely] { $who } là cha mẹ hoặc anh chị em của quý vị: phúc lợi của người này có thể được tính.
   *[other] { $person ->
        [you] Phần này nói về cha mẹ hoặc anh chị em sống cùng quý vị.
       *[member] { $who } không phải là cha mẹ hoặc anh chị em của quý vị.
    }
}
