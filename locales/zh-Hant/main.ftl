# Puerta 居民頁面：繁體中文。
# review-state: draft
# Machine-drafted by the Puerta team; not yet reviewed by a fluent speaker.

## Site frame

site-name = Puerta
site-tagline = 為移民尋找免費和低收費的協助：法律協助、醫療、食物、住屋、英語課程等等。
skip-to-content = 跳至主要內容
nav-label = 主選單
nav-search = 尋找協助
nav-rights = 認識您的權利
nav-about = 關於我們與隱私
language-switcher = 語言
footer-privacy = 我們不會追蹤您。沒有帳戶、沒有廣告、沒有數據分析。
footer-privacy-link = 我們會保存什麼
footer-emergency = 緊急情況請撥打 911。需要協助尋找服務，請撥打 211。

## Errors

not-found-title = 找不到頁面
not-found-body = 我們找不到這個頁面。這項服務可能已經關閉或搬遷，也可能是網址打錯了。
error-title = 發生問題
error-body = 我們這邊發生了問題。請過幾分鐘再試一次。
error-go-home = 回到首頁

## Search box and home page

search-label = 您需要什麼協助？
search-button = 搜尋
search-hint = 可以用任何語言輸入，例如：免費律師、食物、英語課程。
home-title = 尋找協助
home-heading = 尋找您附近的協助
home-lead = 為移民及其家人提供的免費和低收費服務。您不需要提供姓名。
home-needs-heading = 或選擇一個主題
home-rights-heading = 認識您的權利
home-rights-body = 在美國，每個人都有權利，不論移民身份為何。
home-rights-link = 了解您的權利
home-privacy = 我們不會保存您搜尋的內容。我們不會詢問移民身份。

need-legal = 法律協助
need-legal-hint = 免費律師和移民方面的協助
need-health = 醫療
need-health-hint = 診所、醫生、牙醫
need-food = 食物
need-food-hint = 食物銀行和免費餐點
need-housing = 住屋
need-housing-hint = 庇護所和租金補助
need-english = 學英語
need-english-hint = 免費英語課程
need-jobs = 工作
need-jobs-hint = 找工作和職業訓練
need-business = 創業
need-business-hint = 小型企業協助和貸款
need-money = 金錢與銀行
need-money-hint = 銀行帳戶、報稅、理財
need-citizenship = 入籍
need-citizenship-hint = 成為美國公民
need-id = 身份證明文件
need-id-hint = 身份證和駕駛執照
need-family = 家庭與學校
need-family-hint = 入學登記和托兒服務
need-emergency = 緊急情況
need-emergency-hint = 危機熱線和緊急協助

## Results

results-title = 搜尋結果
results-title-for = 「{ $query }」的搜尋結果
results-start = 請在上方的搜尋框輸入您需要的協助，或選擇一個主題：
results-count = { $count ->
    [0] 沒有找到服務
   *[other] 找到 { $count } 項服務
}
results-understood = 我們也搜尋了：{ $terms }
results-search-unavailable = 目前無法搜尋。請稍後再試。
results-unknown-zip = 我們不認識這個郵遞區號（ZIP code）。請檢查一下：它有 5 位數字，例如 45402。
results-bad-filter = 有一個篩選條件我們無法使用。請檢查後再試一次。
filters-heading = 篩選
filter-language = 使用的語言
filter-language-any = 任何語言
filter-near = 郵遞區號（ZIP code）附近
filter-near-hint = 5 位數字，例如 45402
filter-radius = 距離
filter-radius-miles = { $miles ->
   *[other] { $miles } 英里以內
}
filter-only = 只顯示以下服務：
filter-free = 免費的
filter-open-now = 現在開放的
filter-walk-in = 可直接前往（不用預約）
filter-accessible = 輪椅可以進出的
filter-no-id = 不要求身份證明文件的
filter-no-ssn = 不要求社會安全號碼的
filters-apply = 套用篩選
hit-languages = 語言：{ $languages }
why-heading = 為什麼顯示這個結果：
why-words = 字詞 { $words }
why-category = 它的主題符合您的搜尋
verified-on = 資料核對日期：{ $date }
verified-unknown = 我們不知道這些資料最近一次是何時核對的。
pager-label = 頁碼
pager-prev = 上一頁
pager-next = 下一頁
pager-page = 第 { $page } 頁
map-label = { $count ->
   *[other] 本頁 { $count } 個結果的地圖
}
map-hide = 隱藏地圖
map-show = 顯示地圖
empty-heading = 這次搜尋沒有找到服務
empty-body = 這不代表沒有協助。您可以：
empty-clear-filters = 不用篩選，重新搜尋
empty-other-words = 換別的字詞、少用幾個字詞，或選擇下方的主題。
empty-call-211 = 撥打 211（免費，任何語言都可以），和能夠幫助您的人談談。
empty-browse = 主題

## Trust marks and legal warnings

badge-doj-recognized = 美國司法部（DOJ）認可的機構
badge-doj-accredited = 有美國司法部（DOJ）認證代表
badge-attorney = 有自己的律師
notario-warning-title = 小心「公證人」（notario）詐騙
notario-warning-body = 在美國，「notario」、公證人（notary public）或「移民顧問」都不是律師，不能提供移民法律意見。只有持有執照的律師，或在司法部認可機構工作的司法部（DOJ）認證代表，才可以協助處理您的移民案件。
notario-warning-link = 如何保護自己

## Service page

service-offered-by = 提供者
service-not-active = 這項服務現在可能已經關閉。前往之前請先打電話。
service-what = 服務內容
service-who = 誰可以使用
service-who-unknown = 服務提供者沒有說明誰可以使用這項服務。請打電話詢問。
service-ages-between = { $min } 至 { $max } 歲
service-ages-from = { $min } 歲及以上
service-ages-to = { $max } 歲及以下
service-cost = 費用
service-free = 免費
service-cost-unknown = 服務提供者沒有說明費用。請打電話詢問。
service-how = 如何使用
service-walk-in = 可以直接前往：不用預約。
service-appointment = 需要預約。
service-languages = 使用的語言
service-languages-unknown = 服務提供者沒有說明他們會說哪些語言。
service-documents = 需要攜帶的文件
service-documents-none-listed = 服務提供者沒有列出需要攜帶的文件。
service-no-id = 不需要身份證明文件。
service-no-ssn = 不需要社會安全號碼。
service-where-when = 地點和時間
service-virtual = 線上或透過電話
service-directions = 交通路線（OpenStreetMap）
service-hours = 開放時間
service-hours-unknown = 沒有公布開放時間。前往之前請先打電話。
service-contact = 聯絡方式
status-open = 現在開放
status-open-closes = 現在開放 · { $time } 關門
status-closed = 現在關門
status-closed-opens-today = 現在關門 · 今天 { $time } 開門
status-closed-opens-on = 現在關門 · { $day } { $time } 開門
days-range = { $first }至{ $last }
hours-range = { $opens }–{ $closes }
hours-closed = 關門
hours-all-day = 24 小時開放
hours-zone = 時間為當地時間（{ $zone }）。

## Report a problem

report-heading = 回報這筆資料的問題
report-category = 哪裡有錯？
report-closed = 這項服務已經關閉或不存在了
report-wrong-phone = 電話號碼不對
report-wrong-address = 地址不對
report-wrong-hours = 開放時間不對
report-wrong-languages = 他們不會說列出的語言
report-asked-for-payment = 免費服務卻向我收錢
report-other = 其他問題
report-details = 請多告訴我們一些（可不填）
report-no-personal-data = 請不要寫您的姓名、電話號碼、地址，或任何關於您移民身份的內容。
report-send = 送出回報
report-thanks = 謝謝您。我們的工作人員會核對這筆資料。
report-what-we-keep = 我們只保存您選擇的問題、您寫的文字和送出的日期，不保存您的姓名、地址或裝置資料，最多保存180天，只用於讓工作人員核對這筆資料。
report-not-taken-title = 我們目前無法接收您的回報
report-not-taken-body = 這筆資料或本網站今天收到太多回報，所以您的回報沒有保存。請明天再試，或打電話給該服務機構確認。

## Organization page

organization-services = 服務
organization-no-services = 這個機構目前沒有列出任何服務。

## Know your rights

rights-title = 認識您的權利
rights-lead = 用簡單的話說明您在美國的權利，不論您的移民身份為何。
rights-not-legal-advice = 這是一般資訊，不是法律意見。如需針對您個人情況的意見，請諮詢持有執照的律師或美國司法部（DOJ）認證代表。
rights-reviewed = 最近一次審核日期：{ $date }
rights-more = 更多關於您的權利

rights-home-title = 您在家中的權利
rights-home-intro = 移民執法人員（ICE）或警察來到您家門口時該怎麼辦。
rights-home-point-1 = 您不必開門。請他們隔著窗戶給您看搜查令，或從門縫下塞進來。
rights-home-point-2 = ICE 的表格（「行政令狀」，I-200 或 I-205 表格）並不允許執法人員進入您的家。只有法官簽名的搜查令才可以，而且上面必須寫有您的地址。
rights-home-point-3 = 您有權保持沉默。您可以說：「我要行使保持沉默的權利。」
rights-home-point-4 = 看不懂的文件不要簽。您有權先和律師談。
rights-home-point-5 = 不要說謊，也不要出示假證件。和家人一起做好計畫：誰來照顧您的孩子，要打電話給誰。
rights-home-help = 如果您的權利受到侵犯，請寫下發生了什麼事、執法人員的姓名和警徽號碼，並聯絡法律援助機構。

rights-work-title = 您在工作上的權利
rights-work-intro = 大多數勞動法律保護所有工人，不論有沒有合法身份文件。
rights-work-point-1 = 您有權領到至少最低工資，加班也有權領到加班費。
rights-work-point-2 = 您有權在安全的地方工作。您可以舉報危險情況，不會因此受到處罰。
rights-work-point-3 = 雇主不可以因為您的原國籍、種族、宗教或性別而歧視您。
rights-work-point-4 = 如果您對薪資或安全問題提出投訴，雇主威脅要向移民局舉報您，這是違法的。
rights-work-point-5 = 請記錄您的工作時數、薪資，以及雇主的名稱和地址。
rights-work-help = 工人中心或法律援助機構可以免費協助您追討被拖欠的薪資。

rights-police-title = 面對警察和 ICE 時的權利
rights-police-intro = 在街上、在車上被攔下，或被逮捕時該怎麼辦。
rights-police-point-1 = 保持冷靜。即使您覺得被攔下不公平，也不要跑、不要爭吵、不要反抗。
rights-police-point-2 = 您有權保持沉默。您不必回答關於您出生地或移民身份的問題。
rights-police-point-3 = 問：「我可以離開嗎？」如果對方說可以，就冷靜地離開。
rights-police-point-4 = 您不必同意對您的身體、汽車或隨身物品進行搜查。
rights-police-point-5 = 如果您被逮捕，請馬上要求見律師。沒有律師在場，什麼都不要簽。
rights-police-point-6 = 記住一位家人和一位律師的電話號碼，以防您的手機被拿走。
rights-police-help = 如果您或家人被移民局拘留，請盡快聯絡法律援助機構。

rights-school-title = 您在學校的權利
rights-school-intro = 在美國，所有兒童都有權接受免費的公立教育。
rights-school-point-1 = 公立學校必須接收兒童入學，不論兒童或其父母的移民身份為何。
rights-school-point-2 = 學校不可以為了讓兒童入學而要求社會安全號碼或移民文件。
rights-school-point-3 = 學校可以要求證明您住在這個學區，以及證明孩子的年齡。很多種文件都可以接受。
rights-school-point-4 = 您和學校溝通時，有權免費獲得口譯員協助。
rights-school-point-5 = 正在學英語的兒童有權獲得語言方面的支援。
rights-school-help = 如果學校拒絕讓您的孩子入學，請要求學校以書面說明拒絕，並聯絡法律援助機構。

rights-notario-title = 小心「公證人」（notario）詐騙
rights-notario-intro = 有些人假裝能幫忙辦理移民文件，騙走您的錢。
rights-notario-point-1 = 在很多國家，「notario」（公證人）是律師。但在美國，公證人（notary public）不是律師，不能協助處理移民案件。
rights-notario-point-2 = 只有持有執照的律師，或在美國司法部（DOJ）認可機構工作的司法部認證代表，才可以提供移民法律意見。
rights-notario-point-3 = 如果有人保證能很快或一定幫您拿到綠卡、工作許可或「特別法案」身份，千萬不要付錢給他。
rights-notario-point-4 = 千萬不要在空白表格或填有不實資料的表格上簽名。您簽名和遞交的所有文件，都一定要索取一份副本。
rights-notario-point-5 = 政府表格可以在 uscis.gov 免費下載。如果有人向您收取表格本身的費用，請小心。
rights-notario-help = 如果您被「公證人」詐騙，請聯絡法律援助機構。即使沒有合法身份文件，您也可以舉報。

## About and privacy

about-title = 關於我們與隱私
about-lead = Puerta 是一個為移民和難民提供的免費服務名錄。它是開放原始碼的程式，由本地機構營運。
privacy-heading = 您的隱私
privacy-not-stored-heading = 我們不會保存的內容
privacy-no-accounts = 不需要帳戶。我們從不詢問您的姓名、電話號碼或地址。
privacy-no-search-logs = 我們不會保存您搜尋的內容、您瀏覽的頁面或您的郵遞區號。
privacy-no-analytics = 沒有數據分析、沒有廣告，也沒有追蹤。
privacy-no-third-parties = 這些頁面不會從其他網站載入任何東西：不使用其他公司的字型、地圖或程式碼。
privacy-no-status = 我們從不詢問移民身份。
privacy-stored-heading = 我們會保存的內容
privacy-language-cookie = 只有在您選擇語言時，才會保存一個名為「lang」的 Cookie：它會記住您的語言一年。裡面沒有其他內容。
privacy-reports = 如果您回報某筆資料有問題，我們會在資料庫中保存您選擇的問題、您寫的文字和送出的日期（不保存確切時間）。我們不保存您的姓名、地址、裝置資料或IP位址。只有負責更新本目錄的工作人員會閱讀這些回報。他們核對完資料後就會刪除回報，所有回報最遲在180天後刪除。
privacy-server-logs = 我們的伺服器會記錄技術資料（要求的是哪一類頁面、是否成功、花了多少時間），但從不記錄您的搜尋或您寫的內容。
about-data-heading = 資料來源
about-data-body = 服務資料由本地機構提供，並由我們的工作人員核對。每個服務頁面都會顯示資料最近一次核對的日期。前往之前請一定先打電話。
about-translations-heading = 翻譯
about-translations-body = 這些頁面先以英語寫成，再翻譯成其他語言。以下是每種翻譯的審核情況：
about-translations-language = 語言
about-translations-state = 狀態
review-state-source = 原文
review-state-reviewed = 已由精通該語言的人士審核
review-state-draft = 草稿，尚未經精通該語言的人士審核
review-state-machine = 機器翻譯，尚未經過審核
review-state-missing = 尚未翻譯（以英語顯示）
review-state-unknown = 未說明

## Dates, times, distances

time-style = 24h
time-am = 上午
time-pm = 下午
weekday-mon = 星期一
weekday-tue = 星期二
weekday-wed = 星期三
weekday-thu = 星期四
weekday-fri = 星期五
weekday-sat = 星期六
weekday-sun = 星期日
date-long = { $year }年{ $month }{ $day }日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
distance-miles = { $miles } 英里（{ $km }公里）

## Language names (ISO 639 codes of the services' languages)

language-en = 英語
language-es = 西班牙語
language-zh = 中文
language-yue = 粵語（廣東話）
language-tl = 他加祿語
language-vi = 越南語
language-ar = 阿拉伯語
language-fr = 法語
language-ht = 海地克里奧爾語
language-ko = 韓語
language-ru = 俄語
language-pt = 葡萄牙語
language-uk = 烏克蘭語
language-fa = 波斯語
language-prs = 達利語
language-ps = 普什圖語
language-am = 阿姆哈拉語
language-so = 索馬利語
language-sw = 斯瓦希里語
language-ti = 提格利尼亞語
language-tr = 土耳其語
language-ne = 尼泊爾語
language-my = 緬甸語
language-mam = 馬姆語
language-asl = 美國手語

## Plan

plan-nav = 我的計畫（{ $count }）
plan-title = 我的計畫
plan-print-title = 我的計畫（列印版）
plan-lead = 這是您選擇的服務。您的計畫只保存在這個頁面的網址裡，不會保存在我們的伺服器上：請保留連結、列印頁面或掃描 QR 碼。
plan-add = 加入我的計畫
plan-in-plan = 已在您的計畫中
plan-full = 您的計畫已滿（20 項服務）。請移除一項，才能再加入新的。
plan-empty = 您的計畫是空的。請先尋找服務，再按「加入我的計畫」。
plan-find-more = 尋找更多服務
plan-remove = 從我的計畫中移除 { $name }
plan-damaged = 這個計畫連結有一部分無法讀取。請檢查您是否複製了完整的連結。
plan-missing = { $count ->
   *[other] 這個計畫中有 { $count } 項服務已經不在名錄上了。
}
plan-share-heading = 保留或分享您的計畫
plan-share-link = 這個計畫的連結：
plan-share-hint = 任何人只要有這個連結或 QR 碼，都能看到這個計畫裡的服務。裡面沒有您的姓名。
plan-qr-alt = 含有這個計畫連結的 QR 碼
plan-print = 列印版
plan-print-hint = 請使用瀏覽器的「列印」功能列印這個頁面，或儲存為 PDF 檔。
plan-back = 回到我的計畫
plan-printed-on = 列印日期：{ $date }。前往之前請先打電話：開放時間可能會改變。
plan-send-heading = 用手機訊息（SMS）或電子郵件傳送連結
plan-send-to = 電話號碼或電子郵件地址
plan-send-hint = 例如 937 555 0101 或 name@example.org。我們只會用它來傳送這則訊息，不會保存。
plan-send-button = 傳送連結
plan-send-disabled = 這個城市尚未開放用手機訊息或電子郵件傳送。您可以複製連結、列印計畫或掃描 QR 碼。
plan-send-failed = 我們無法傳送訊息。請稍後再試，或複製連結。
plan-send-empty = 請填寫電話號碼或電子郵件地址。
plan-send-bad-phone = 這個電話號碼好像不對。請填寫 10 位數字，例如 937 555 0101，或填寫 + 號和國家代碼。
plan-send-bad-email = 這個電子郵件地址好像不對。請檢查一下，例如 name@example.org。
plan-send-empty-plan = 您的計畫是空的：目前沒有可以傳送的內容。
plan-sent-sms = 我們已經用手機訊息傳送了連結。
plan-sent-email = 我們已經用電子郵件傳送了連結。
plan-message = 您在 { $site } 的計畫：{ $link }
