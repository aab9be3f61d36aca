# Puerta 居民页面：简体中文。
# review-state: draft
# Machine-drafted by the Puerta team; not yet reviewed by a fluent speaker.

## Site frame

site-name = Puerta
site-tagline = 为移民寻找免费和低价的帮助：法律帮助、医疗、食物、住房、英语课程等等。
skip-to-content = 跳到主要内容
nav-label = 主菜单
nav-search = 寻找帮助
nav-rights = 了解您的权利
nav-about = 关于我们和隐私
language-switcher = 语言
footer-privacy = 我们不追踪您。没有账户，没有广告，没有数据分析。
footer-privacy-link = 我们保存什么
footer-emergency = 紧急情况请拨打 911。需要帮助寻找服务，请拨打 211。

## Errors

not-found-title = 找不到页面
not-found-body = 我们找不到这个页面。这项服务可能已经关闭或搬走，也可能是网址写错了。
error-title = 出了问题
error-body = 我们这边出了问题。请过几分钟再试。
error-go-home = 回到首页

## Search box and home page

search-label = 您需要什么帮助？
search-button = 搜索
search-hint = 可以用任何语言输入，例如：免费律师、食物、英语课。
home-title = 寻找帮助
home-heading = 寻找您附近的帮助
home-lead = 为移民和家人提供的免费和低价服务。您不需要告诉我们您的名字。
home-needs-heading = 或者选择一个主题
home-rights-heading = 了解您的权利
home-rights-body = 在美国，每个人都有权利，不论移民身份如何。
home-rights-link = 了解您的权利
home-privacy = 我们不保存您的搜索内容。我们不会询问移民身份。

need-legal = 法律帮助
need-legal-hint = 免费律师和移民方面的帮助
need-health = 医疗
need-health-hint = 诊所、医生、牙医
need-food = 食物
need-food-hint = 食物银行和免费餐食
need-housing = 住房
need-housing-hint = 庇护所和房租帮助
need-english = 学英语
need-english-hint = 免费英语课
need-jobs = 工作
need-jobs-hint = 找工作和职业培训
need-business = 开办生意
need-business-hint = 小企业帮助和贷款
need-money = 钱和银行
need-money-hint = 银行账户、报税、理财
need-citizenship = 入籍
need-citizenship-hint = 成为美国公民
need-id = 身份证件
need-id-hint = 身份证和驾照
need-family = 家庭和学校
need-family-hint = 入学登记和托儿服务
need-emergency = 紧急情况
need-emergency-hint = 危机热线和紧急帮助

## Results

results-title = 搜索结果
results-title-for = “{ $query }”的搜索结果
results-start = 请在上面的搜索框里输入您需要的帮助，或者选择一个主题：
results-count = { $count ->
    [0] 没有找到服务
   *[other] 找到 { $count } 项服务
}
results-understood = 我们也搜索了：{ $terms }
results-search-unavailable = 现在无法搜索。请稍后再试。
results-unknown-zip = 我们不认识这个邮政编码（ZIP）。请检查一下：它有 5 位数字，例如 45402。
results-bad-filter = 有一个筛选条件我们无法使用。请检查后再试。
filters-heading = 筛选
filter-language = 使用的语言
filter-language-any = 任何语言
filter-near = 邮政编码（ZIP）附近
filter-near-hint = 5 位数字，例如 45402
filter-radius = 距离
filter-radius-miles = { $miles ->
   *[other] { $miles } 英里以内
}
filter-only = 只显示这些服务：
filter-free = 免费的
filter-open-now = 现在开放的
filter-walk-in = 可以直接去（不用预约）
filter-accessible = 轮椅可以进出的
filter-no-id = 不要求身份证件的
filter-no-ssn = 不要求社会安全号码的
filters-apply = 使用筛选
hit-languages = 语言：{ $languages }
why-heading = 为什么显示这个结果：
why-words = 词语 { $words }
why-category = 它的主题符合您的搜索
verified-on = 信息核对日期：{ $date }
verified-unknown = 我们不知道这些信息最近一次是什么时候核对的。
pager-label = 页码
pager-prev = 上一页
pager-next = 下一页
pager-page = 第 { $page } 页
map-label = { $count ->
   *[other] 本页 { $count } 个结果的地图
}
map-hide = 隐藏地图
map-show = 显示地图
empty-heading = 这次搜索没有找到服务
empty-body = 这不代表没有帮助。您可以：
empty-clear-filters = 不用筛选，重新搜索
empty-other-words = 换别的词语、少用几个词，或者选下面的主题。
empty-call-211 = 拨打 211（免费，任何语言都可以），和能帮助您的人谈一谈。
empty-browse = 主题

## Trust marks and legal warnings

badge-doj-recognized = 美国司法部（DOJ）认可的机构
badge-doj-accredited = 有美国司法部（DOJ）认证代表
badge-attorney = 有自己的律师
notario-warning-title = 小心“公证人”（notario）诈骗
notario-warning-body = 在美国，“notario”、公证人（notary public）或“移民顾问”都不是律师，不能提供移民法律建议。只有持有执照的律师，或在司法部认可机构工作的司法部（DOJ）认证代表，才可以帮助处理您的移民案件。
notario-warning-link = 如何保护自己

## Service page

service-offered-by = 提供者
service-not-active = 这项服务现在可能已经关闭。去之前请先打电话。
service-what = 服务内容
service-who = 谁可以使用
service-who-unknown = 服务提供者没有说明谁可以使用这项服务。请打电话询问。
service-ages-between = { $min } 至 { $max } 岁
service-ages-from = { $min } 岁及以上
service-ages-to = { $max } 岁及以下
service-cost = 费用
service-free = 免费
service-cost-unknown = 服务提供者没有说明费用。请打电话询问。
service-how = 如何使用
service-walk-in = 可以直接去：不用预约。
service-appointment = 需要预约。
service-languages = 使用的语言
service-languages-unknown = 服务提供者没有说明他们讲哪些语言。
service-documents = 需要带的文件
service-documents-none-listed = 服务提供者没有列出需要带的文件。
service-no-id = 不需要身份证件。
service-no-ssn = 不需要社会安全号码。
service-where-when = 地点和时间
service-virtual = 网上或电话
service-directions = 路线（OpenStreetMap）
service-hours = 开放时间
service-hours-unknown = 没有公布开放时间。去之前请先打电话。
service-contact = 联系方式
status-open = 现在开放
status-open-closes = 现在开放 · { $time } 关门
status-closed = 现在关门
status-closed-opens-today = 现在关门 · 今天 { $time } 开门
status-closed-opens-on = 现在关门 · { $day } { $time } 开门
days-range = { $first }至{ $last }
hours-range = { $opens }–{ $closes }
hours-closed = 关门
hours-all-day = 24 小时开放
hours-zone = 时间为当地时间（{ $zone }）。

## Report a problem

report-heading = 报告这条信息的问题
report-category = 哪里有错？
report-closed = 这项服务已经关闭或不存在了
report-wrong-phone = 电话号码不对
report-wrong-address = 地址不对
report-wrong-hours = 开放时间不对
report-wrong-languages = 他们不讲列出的语言
report-asked-for-payment = 免费服务却向我要钱
report-other = 其他问题
report-details = 请多告诉我们一些（可以不填）
report-no-personal-data = 请不要写您的名字、电话号码、地址，或任何关于您移民身份的内容。
report-send = 发送报告
report-thanks = 谢谢您。我们的工作人员会核对这条信息。
report-what-we-keep = 我们只保存您选的问题、您写的文字和发送的日期，不保存您的名字、地址或设备信息，最多保存180天，只用于让工作人员核对这条信息。
report-not-taken-title = 我们现在无法接收您的报告
report-not-taken-body = 这条信息或本网站今天收到的报告太多，所以您的报告没有保存。请明天再试，或打电话给该服务机构确认。

## Organization page

organization-services = 服务
organization-no-services = 这个机构现在没有列出任何服务。

## Know your rights

rights-title = 了解您的权利
rights-lead = 用简单的话说明您在美国的权利，不论您的移民身份如何。
rights-not-legal-advice = 这是一般信息，不是法律建议。如果需要针对您情况的建议，请咨询持有执照的律师或美国司法部（DOJ）认证代表。
rights-reviewed = 最近一次审核日期：{ $date }
rights-more = 更多关于您的权利

rights-home-title = 您在家中的权利
rights-home-intro = 移民执法人员（ICE）或警察来敲门时怎么办。
rights-home-point-1 = 您不必开门。请他们从窗户给您看搜查令，或者从门下面塞进来。
rights-home-point-2 = ICE 的表格（“行政令”，I-200 或 I-205 表）不允许执法人员进入您的家。只有法官签名的搜查令才允许，而且上面必须写着您的地址。
rights-home-point-3 = 您有权保持沉默。您可以说：“我要行使我保持沉默的权利。”
rights-home-point-4 = 看不懂的文件不要签。您有权先和律师谈。
rights-home-point-5 = 不要说谎，也不要出示假证件。和家人一起做好计划：谁来照顾您的孩子，要打电话给谁。
rights-home-help = 如果您的权利受到侵犯，请写下发生了什么事、执法人员的名字和警徽号码，并联系法律援助机构。

rights-work-title = 您在工作中的权利
rights-work-intro = 大多数劳动法保护所有工人，不论有没有合法身份文件。
rights-work-point-1 = 您有权拿到至少最低工资，加班也有权拿到加班费。
rights-work-point-2 = 您有权在安全的地方工作。您可以举报危险情况，不会因此受到惩罚。
rights-work-point-3 = 雇主不可以因为您的原国籍、种族、宗教或性别歧视您。
rights-work-point-4 = 如果您对工资或安全问题提出投诉，雇主威胁要向移民局举报您，这是违法的。
rights-work-point-5 = 请记录您的工作时间、工资，以及雇主的名字和地址。
rights-work-help = 工人中心或法律援助机构可以免费帮助您追回被拖欠的工资。

rights-police-title = 面对警察和 ICE 时的权利
rights-police-intro = 在街上、在车里被拦下，或者被逮捕时怎么办。
rights-police-point-1 = 保持冷静。即使您觉得被拦下不公平，也不要跑、不要争吵、不要反抗。
rights-police-point-2 = 您有权保持沉默。您不必回答关于您出生地或移民身份的问题。
rights-police-point-3 = 问：“我可以走了吗？”如果对方说可以，就冷静地离开。
rights-police-point-4 = 您不必同意对您的身体、汽车或随身物品进行搜查。
rights-police-point-5 = 如果您被逮捕，请马上要求见律师。没有律师在场，什么都不要签。
rights-police-point-6 = 记住一位家人和一位律师的电话号码，以防您的手机被拿走。
rights-police-help = 如果您或家人被移民局拘留，请尽快联系法律援助机构。

rights-school-title = 您在学校的权利
rights-school-intro = 在美国，所有孩子都有权接受免费的公立教育。
rights-school-point-1 = 公立学校必须接收孩子入学，不论孩子或父母的移民身份如何。
rights-school-point-2 = 学校不可以为了孩子入学而要求社会安全号码或移民文件。
rights-school-point-3 = 学校可以要求证明您住在这个学区，以及证明孩子的年龄。很多种文件都可以用。
rights-school-point-4 = 您和学校交谈时，有权免费得到口译员的帮助。
rights-school-point-5 = 正在学英语的孩子有权得到语言方面的支持。
rights-school-help = 如果学校拒绝让您的孩子入学，请要求学校用书面写明拒绝，并联系法律援助机构。

rights-notario-title = 小心“公证人”（notario）诈骗
rights-notario-intro = 有些人假装能帮忙办移民文件，骗走您的钱。
rights-notario-point-1 = 在很多国家，“notario”（公证人）是律师。但在美国，公证人（notary public）不是律师，不能帮助处理移民案件。
rights-notario-point-2 = 只有持有执照的律师，或在美国司法部（DOJ）认可机构工作的司法部认证代表，才可以提供移民法律建议。
rights-notario-point-3 = 如果有人保证能很快或一定帮您拿到绿卡、工作许可或“特别法案”身份，千万不要付钱给他。
rights-notario-point-4 = 千万不要在空白表格或写有虚假信息的表格上签名。您签名和递交的所有文件，都一定要拿一份副本。
rights-notario-point-5 = 政府表格可以在 uscis.gov 免费下载。如果有人向您收取表格本身的费用，请小心。
rights-notario-help = 如果您被“公证人”诈骗了，请联系法律援助机构。即使没有合法身份文件，您也可以举报。

## About and privacy

about-title = 关于我们和隐私
about-lead = Puerta 是一个为移民和难民提供的免费服务目录。它是开源软件，由本地机构运营。
privacy-heading = 您的隐私
privacy-not-stored-heading = 我们不保存的内容
privacy-no-accounts = 不需要账户。我们从不询问您的名字、电话号码或地址。
privacy-no-search-logs = 我们不保存您搜索的内容、您访问的页面或您的邮政编码。
privacy-no-analytics = 没有数据分析，没有广告，也没有追踪。
privacy-no-third-parties = 这些页面不从其他网站加载任何东西：不使用其他公司的字体、地图或脚本。
privacy-no-status = 我们从不询问移民身份。
privacy-stored-heading = 我们保存的内容
privacy-language-cookie = 只有在您选择语言时，才会保存一个名为“lang”的 Cookie：它会记住您的语言一年。里面没有其他内容。
privacy-reports = 如果您报告某条信息有问题，我们会在数据库里保存您选的问题、您写的文字和发送的日期（不保存具体时间）。我们不保存您的名字、地址、设备信息或IP地址。只有负责更新本目录的工作人员会阅读这些报告。他们核对完信息后就会删除报告，所有报告最迟在180天后删除。
privacy-server-logs = 我们的服务器会记录技术信息（请求的是哪类页面、是否成功、用了多长时间），但从不记录您的搜索或您写的内容。
about-data-heading = 信息来源
about-data-body = 服务信息由本地机构提供，并由我们的工作人员核对。每个服务页面都会显示信息最近一次核对的日期。去之前请一定先打电话。
about-translations-heading = 翻译
about-translations-body = 这些页面先用英语写成，再翻译成其他语言。下面是每种翻译的审核情况：
about-translations-language = 语言
about-translations-state = 状态
review-state-source = 原文
review-state-reviewed = 已由熟练使用该语言的人审核
review-state-draft = 草稿，还没有经熟练使用该语言的人审核
review-state-machine = 机器翻译，还没有经过审核
review-state-missing = 还没有翻译（以英语显示）
review-state-unknown = 未说明

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

language-en = 英语
language-es = 西班牙语
language-zh = 中文
language-yue = 粤语（广东话）
language-tl = 他加禄语
language-vi = 越南语
language-ar = 阿拉伯语
language-fr = 法语
language-ht = 海地克里奥尔语
language-ko = 韩语
language-ru = 俄语
language-pt = 葡萄牙语
language-uk = 乌克兰语
language-fa = 波斯语
language-prs = 达利语
language-ps = 普什图语
language-am = 阿姆哈拉语
language-so = 索马里语
language-sw = 斯瓦希里语
language-ti = 提格里尼亚语
language-tr = 土耳其语
language-ne = 尼泊尔语
language-my = 缅甸语
language-mam = 马姆语
language-asl = 美国手语

## Plan

plan-nav = 我的计划（{ $count }）
plan-title = 我的计划
plan-print-title = 我的计划（打印版）
plan-lead = 这是您选的服务。您的计划只保存在这个页面的网址里，不保存在我们的服务器上：请保存链接、打印页面或扫描二维码。
plan-add = 加入我的计划
plan-in-plan = 已在您的计划中
plan-full = 您的计划已满（20 项服务）。请删除一项，才能再加入新的。
plan-empty = 您的计划是空的。请先找服务，再点“加入我的计划”。
plan-find-more = 寻找更多服务
plan-remove = 从我的计划中删除 { $name }
plan-damaged = 这个计划链接有一部分无法读取。请检查您是否复制了完整的链接。
plan-missing = { $count ->
   *[other] 这个计划中有 { $count } 项服务已经不在列表上了。
}
plan-share-heading = 保存或分享您的计划
plan-share-link = 这个计划的链接：
plan-share-hint = 任何人只要有这个链接或二维码，都能看到这个计划里的服务。里面没有您的名字。
plan-qr-alt = 含有这个计划链接的二维码
plan-print = 打印版
plan-print-hint = 请使用浏览器的“打印”功能打印这个页面，或保存为 PDF 文件。
plan-back = 回到我的计划
plan-printed-on = 打印日期：{ $date }。去之前请先打电话：开放时间可能会变。
plan-send-heading = 用短信或电子邮件发送链接
plan-send-to = 电话号码或电子邮件地址
plan-send-hint = 例如 937 555 0101 或 name@example.org。我们只用它来发送这条信息，不会保存。
plan-send-button = 发送链接
plan-send-disabled = 这个城市还没有开通短信或电子邮件发送功能。您可以复制链接、打印计划或扫描二维码。
plan-send-failed = 我们无法发送信息。请稍后再试，或者复制链接。
plan-send-empty = 请填写电话号码或电子邮件地址。
plan-send-bad-phone = 这个电话号码好像不对。请填写 10 位数字，例如 937 555 0101，或者填写 + 号和国家代码。
plan-send-bad-email = 这个电子邮件地址好像不对。请检查一下，例如 name@example.org。
plan-send-empty-plan = 您的计划是空的：现在没有可以发送的内容。
plan-sent-sms = 我们已经用短信发送了链接。
plan-sent-email = 我们已经用电子邮件发送了链接。
plan-message = 您在 { $site } 上的计划：{ $link }
