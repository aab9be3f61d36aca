# Puerta 주민용 페이지: 한국어.
# review-state: draft
# Machine-drafted by the Puerta team; not yet reviewed by a fluent speaker.

## Site frame

site-name = Puerta
site-tagline = 이민자를 위한 무료 또는 저렴한 도움을 찾아보세요: 법률 지원, 건강, 식품, 주거, 영어 수업 등.
skip-to-content = 본문으로 바로 가기
nav-label = 주 메뉴
nav-search = 도움 찾기
nav-rights = 나의 권리 알기
nav-about = 소개 및 개인정보 보호
language-switcher = 언어
footer-privacy = 저희는 여러분을 추적하지 않습니다. 계정도, 광고도, 분석 도구도 없습니다.
footer-privacy-link = 저장하는 정보
footer-emergency = 응급 상황에서는 911에 전화하세요. 서비스를 찾는 데 도움이 필요하면 211에 전화하세요.

## Errors

not-found-title = 페이지를 찾을 수 없습니다
not-found-body = 이 페이지를 찾을 수 없습니다. 서비스가 문을 닫았거나 옮겼을 수 있고, 주소에 오타가 있을 수도 있습니다.
error-title = 문제가 생겼습니다
error-body = 저희 쪽에 문제가 생겼습니다. 몇 분 후에 다시 시도해 주세요.
error-go-home = 첫 페이지로 가기

## Search box and home page

search-label = 어떤 도움이 필요하세요?
search-button = 검색
search-hint = 어떤 언어로든 쓰셔도 됩니다. 예: 무료 변호사, 식품, 영어 수업.
home-title = 도움 찾기
home-heading = 가까운 곳에서 도움을 찾아보세요
home-lead = 이민자와 가족을 위한 무료 또는 저렴한 서비스입니다. 이름을 알려 주실 필요가 없습니다.
home-needs-heading = 또는 주제를 고르세요
home-rights-heading = 나의 권리 알기
home-rights-body = 미국에 있는 모든 사람은 이민 신분과 상관없이 권리가 있습니다.
home-rights-link = 나의 권리 읽어 보기
home-privacy = 검색 내용은 저장되지 않습니다. 저희는 이민 신분을 묻지 않습니다.

need-legal = 법률 지원
need-legal-hint = 무료 변호사와 이민 관련 도움
need-health = 건강
need-health-hint = 진료소, 의사, 치과
need-food = 식품
need-food-hint = 푸드 뱅크와 무료 식사
need-housing = 주거
need-housing-hint = 쉼터와 집세 지원
need-english = 영어 배우기
need-english-hint = 무료 영어 수업
need-jobs = 일자리
need-jobs-hint = 일자리 찾기와 직업 훈련
need-business = 창업
need-business-hint = 소상공인 지원과 대출
need-money = 돈과 은행
need-money-hint = 은행 계좌, 세금, 가계 관리
need-citizenship = 시민권
need-citizenship-hint = 미국 시민 되기
need-id = 신분증
need-id-hint = 신분증과 운전면허증
need-family = 가족과 학교
need-family-hint = 학교 등록과 자녀 돌봄
need-emergency = 긴급 상황
need-emergency-hint = 위기 상담 전화와 긴급 도움

## Results

results-title = 검색 결과
results-title-for = “{ $query }” 검색 결과
results-start = 위 칸에 필요한 것을 쓰거나 주제를 고르세요:
results-count = { $count ->
    [0] 찾은 서비스가 없습니다
   *[other] 서비스 { $count }개를 찾았습니다
}
results-understood = 다음 내용도 검색했습니다: { $terms }
results-search-unavailable = 지금은 검색을 할 수 없습니다. 나중에 다시 시도해 주세요.
results-unknown-zip = 알 수 없는 우편번호(ZIP 코드)입니다. 다시 확인해 주세요. 45402처럼 숫자 5자리입니다.
results-bad-filter = 필터 중 하나를 사용할 수 없었습니다. 필터를 확인하고 다시 시도해 주세요.
filters-heading = 필터
filter-language = 사용하는 언어
filter-language-any = 모든 언어
filter-near = 가까운 우편번호(ZIP 코드)
filter-near-hint = 숫자 5자리, 예: 45402
filter-radius = 거리
filter-radius-miles = { $miles ->
   *[other] { $miles }마일 이내
}
filter-only = 다음 서비스만 보기:
filter-free = 무료
filter-open-now = 지금 운영 중
filter-walk-in = 예약 없이 방문 가능
filter-accessible = 휠체어 이용 가능
filter-no-id = 신분증을 요구하지 않음
filter-no-ssn = 사회보장번호(SSN)를 요구하지 않음
filters-apply = 필터 적용
hit-languages = 언어: { $languages }
why-heading = 이 결과가 나온 이유:
why-words = 단어 { $words }
why-category = 서비스 주제가 검색 내용과 맞습니다
verified-on = 정보 확인 날짜: { $date }
verified-unknown = 이 정보를 마지막으로 언제 확인했는지 알 수 없습니다.
pager-label = 페이지
pager-prev = 이전 페이지
pager-next = 다음 페이지
pager-page = { $page }페이지
map-label = { $count ->
   *[other] 이 페이지의 결과 { $count }개 지도
}
map-hide = 지도 숨기기
map-show = 지도 보기
empty-heading = 이 검색으로 찾은 서비스가 없습니다
empty-body = 그렇다고 도움이 없다는 뜻은 아닙니다. 이렇게 해 보세요:
empty-clear-filters = 필터 없이 다시 검색하기
empty-other-words = 다른 단어나 더 적은 단어로 검색하거나, 아래 주제를 고르세요.
empty-call-211 = 211에 전화하세요(무료, 모든 언어 가능). 도와줄 수 있는 사람과 이야기할 수 있습니다.
empty-browse = 주제

## Trust marks and legal warnings

badge-doj-recognized = 미국 법무부(DOJ) 인가 기관
badge-doj-accredited = 미국 법무부(DOJ) 공인 대리인 있음
badge-attorney = 소속 변호사 있음
notario-warning-title = 노타리오(notario) 사기를 조심하세요
notario-warning-body = 미국에서 “노타리오(notario)”나 공증인(notary public), “이민 컨설턴트”는 변호사가 아니며 이민 관련 법률 상담을 할 수 없습니다. 면허가 있는 변호사, 또는 인가 기관에서 일하는 법무부(DOJ) 공인 대리인만 이민 사건을 도와드릴 수 있습니다.
notario-warning-link = 자신을 보호하는 방법

## Service page

service-offered-by = 제공 기관
service-not-active = 이 서비스는 지금 운영하지 않을 수 있습니다. 가기 전에 전화해 보세요.
service-what = 제공하는 서비스
service-who = 이용할 수 있는 사람
service-who-unknown = 제공 기관이 누가 이 서비스를 이용할 수 있는지 밝히지 않았습니다. 전화해서 물어보세요.
service-ages-between = { $min }세~{ $max }세
service-ages-from = { $min }세 이상
service-ages-to = { $max }세 이하
service-cost = 비용
service-free = 무료
service-cost-unknown = 제공 기관이 비용을 밝히지 않았습니다. 전화해서 물어보세요.
service-how = 이용 방법
service-walk-in = 예약 없이 바로 방문할 수 있습니다.
service-appointment = 예약이 필요합니다.
service-languages = 사용하는 언어
service-languages-unknown = 제공 기관이 어떤 언어를 쓰는지 밝히지 않았습니다.
service-documents = 가져갈 서류
service-documents-none-listed = 제공 기관이 가져갈 서류를 적어 두지 않았습니다.
service-no-id = 신분증이 필요 없습니다.
service-no-ssn = 사회보장번호(SSN)가 필요 없습니다.
service-where-when = 장소와 시간
service-virtual = 온라인 또는 전화
service-directions = 길 찾기(OpenStreetMap)
service-hours = 운영 시간
service-hours-unknown = 운영 시간이 공개되지 않았습니다. 가기 전에 전화해 보세요.
service-contact = 연락처
status-open = 지금 운영 중
status-open-closes = 지금 운영 중 · { $time }에 종료
status-closed = 지금 운영 안 함
status-closed-opens-today = 지금 운영 안 함 · 오늘 { $time }에 시작
status-closed-opens-on = 지금 운영 안 함 · { $day } { $time }에 시작
days-range = { $first }~{ $last }
hours-range = { $opens }~{ $closes }
hours-closed = 휴무
hours-all-day = 24시간 운영
hours-zone = 시간은 현지 시간({ $zone }) 기준입니다.

## Report a problem

report-heading = 이 정보의 문제 알리기
report-category = 무엇이 잘못되었나요?
report-closed = 서비스가 문을 닫았거나 더 이상 없습니다
report-wrong-phone = 전화번호가 틀립니다
report-wrong-address = 주소가 틀립니다
report-wrong-hours = 운영 시간이 틀립니다
report-wrong-languages = 적혀 있는 언어를 쓰지 않습니다
report-asked-for-payment = 무료 서비스인데 돈을 요구했습니다
report-other = 기타
report-details = 더 자세히 알려 주세요(선택 사항)
report-no-personal-data = 이름, 전화번호, 주소나 이민 신분에 관한 내용은 쓰지 마세요.
report-send = 보내기
report-thanks = 감사합니다. 저희 직원이 이 정보를 확인하겠습니다.
report-what-we-keep = 직원이 정보를 확인할 수 있도록, 고르신 문제와 쓰신 글, 보내신 날짜만 최대 180일 동안 보관합니다. 이름, 주소, 기기 정보는 보관하지 않습니다.
report-not-taken-title = 지금은 알려 주신 내용을 받을 수 없습니다
report-not-taken-body = 오늘 이 정보 또는 이 사이트에 들어온 문제 알림이 너무 많아, 보내신 내용이 저장되지 않았습니다. 내일 다시 시도하시거나, 해당 기관에 전화해 확인해 주세요.

## Organization page

organization-services = 서비스
organization-no-services = 이 기관은 지금 등록된 서비스가 없습니다.

## Know your rights

rights-title = 나의 권리 알기
rights-lead = 이민 신분과 상관없이 미국에서 여러분이 가진 권리를 쉬운 말로 설명합니다.
rights-not-legal-advice = 이 내용은 일반적인 정보이며 법률 상담이 아닙니다. 본인 상황에 대한 상담은 면허가 있는 변호사나 미국 법무부(DOJ) 공인 대리인과 이야기하세요.
rights-reviewed = 마지막 검토 날짜: { $date }
rights-more = 나의 권리 더 알아보기

rights-home-title = 집에서의 권리
rights-home-intro = 이민 단속 요원(ICE)이나 경찰이 집에 찾아왔을 때 해야 할 일입니다.
rights-home-point-1 = 문을 열어 주지 않아도 됩니다. 영장을 창문으로 보여 주거나 문 아래로 밀어 넣어 달라고 하세요.
rights-home-point-2 = ICE 서류(“행정 영장”, I-200 또는 I-205 양식)로는 요원이 집에 들어올 수 없습니다. 판사가 서명한 영장이 있어야만 들어올 수 있고, 그 영장에는 여러분의 주소가 적혀 있어야 합니다.
rights-home-point-3 = 여러분은 아무 말도 하지 않을 권리(묵비권)가 있습니다. 이렇게 말할 수 있습니다: “저는 묵비권을 행사하겠습니다.”
rights-home-point-4 = 이해하지 못하는 서류에는 서명하지 마세요. 먼저 변호사와 이야기할 권리가 있습니다.
rights-home-point-5 = 거짓말을 하거나 가짜 서류를 보여 주지 마세요. 가족과 함께 계획을 세우세요: 누가 아이들을 돌볼지, 누구에게 전화할지 정해 두세요.
rights-home-help = 권리를 침해당했다면 무슨 일이 있었는지, 요원의 이름과 배지 번호를 적어 두고 법률 지원 기관에 연락하세요.

rights-work-title = 직장에서의 권리
rights-work-intro = 대부분의 노동법은 서류가 있든 없든 모든 노동자를 보호합니다.
rights-work-point-1 = 적어도 최저 임금을 받을 권리가 있고, 초과 근무 수당을 받을 권리가 있습니다.
rights-work-point-2 = 안전한 곳에서 일할 권리가 있습니다. 위험한 것을 신고해도 벌을 받지 않습니다.
rights-work-point-3 = 고용주는 출신 국가, 인종, 종교, 성별 때문에 여러분을 차별할 수 없습니다.
rights-work-point-4 = 임금이나 안전 문제로 불만을 말했다는 이유로 고용주가 이민 당국에 신고하겠다고 위협하는 것은 불법입니다.
rights-work-point-5 = 일한 시간, 받은 임금, 고용주의 이름과 주소를 기록해 두세요.
rights-work-help = 노동자 센터나 법률 지원 기관이 받지 못한 임금을 되찾도록 무료로 도와드릴 수 있습니다.

rights-police-title = 경찰과 ICE를 만났을 때의 권리
rights-police-intro = 길에서나 차 안에서 멈춰 세워졌을 때, 또는 체포되었을 때 해야 할 일입니다.
rights-police-point-1 = 침착하세요. 부당하다고 생각하더라도 도망치거나, 말다툼하거나, 저항하지 마세요.
rights-police-point-2 = 여러분은 아무 말도 하지 않을 권리(묵비권)가 있습니다. 어디에서 태어났는지, 이민 신분이 무엇인지에 대한 질문에 대답하지 않아도 됩니다.
rights-police-point-3 = 이렇게 물어보세요: “가도 됩니까?” 된다고 하면 침착하게 그 자리를 떠나세요.
rights-police-point-4 = 몸, 차, 소지품을 수색하는 데 동의하지 않아도 됩니다.
rights-police-point-5 = 체포되면 바로 변호사를 요청하세요. 변호사 없이는 아무것에도 서명하지 마세요.
rights-police-point-6 = 휴대폰을 빼앗길 경우를 대비해 가족 한 명과 변호사의 전화번호를 외워 두세요.
rights-police-help = 본인이나 가족이 이민 당국에 구금되었다면 되도록 빨리 법률 지원 기관에 연락하세요.

rights-school-title = 학교에서의 권리
rights-school-intro = 미국의 모든 어린이는 무료 공립 교육을 받을 권리가 있습니다.
rights-school-point-1 = 공립 학교는 어린이나 부모의 이민 신분과 상관없이 어린이를 받아야 합니다.
rights-school-point-2 = 학교는 어린이를 등록할 때 사회보장번호나 이민 서류를 요구할 수 없습니다.
rights-school-point-3 = 학교는 여러분이 그 학군에 산다는 증명과 자녀의 나이를 증명하는 서류를 요구할 수 있습니다. 여러 가지 서류를 받아 줍니다.
rights-school-point-4 = 학교와 이야기할 때 무료로 통역사를 요청할 권리가 있습니다.
rights-school-point-5 = 영어를 배우고 있는 어린이는 언어 지원을 받을 권리가 있습니다.
rights-school-help = 학교가 자녀의 등록을 거부하면 거부 사유를 서면으로 달라고 하고, 법률 지원 기관에 연락하세요.

rights-notario-title = 노타리오(notario) 사기를 피하세요
rights-notario-intro = 이민 서류를 도와줄 수 있는 척하면서 돈을 가져가는 사람들이 있습니다.
rights-notario-point-1 = 많은 나라에서 “노타리오(notario)”는 변호사입니다. 하지만 미국에서 공증인(notary public)은 변호사가 아니며 이민 사건을 도울 수 없습니다.
rights-notario-point-2 = 면허가 있는 변호사, 또는 미국 법무부(DOJ) 인가 기관에서 일하는 법무부 공인 대리인만 이민 관련 법률 상담을 할 수 있습니다.
rights-notario-point-3 = 영주권(그린카드), 취업 허가, “특별법”을 빨리 또는 확실히 받게 해 주겠다고 약속하는 사람에게 절대 돈을 주지 마세요.
rights-notario-point-4 = 빈 양식이나 거짓 정보가 적힌 양식에 절대 서명하지 마세요. 서명하고 제출하는 모든 서류는 항상 사본을 달라고 하세요.
rights-notario-point-5 = 정부 양식은 uscis.gov에서 무료로 내려받을 수 있습니다. 양식 자체에 돈을 받는 사람을 조심하세요.
rights-notario-help = 노타리오 사기를 당했다면 법률 지원 기관에 연락하세요. 서류가 없어도 신고할 수 있습니다.

## About and privacy

about-title = 소개 및 개인정보 보호
about-lead = Puerta는 이민자와 난민을 위한 무료 서비스 안내입니다. 지역 기관들이 운영하는 오픈 소스 소프트웨어입니다.
privacy-heading = 개인정보 보호
privacy-not-stored-heading = 저장하지 않는 정보
privacy-no-accounts = 계정이 없습니다. 이름, 전화번호, 주소를 절대 묻지 않습니다.
privacy-no-search-logs = 검색한 내용, 방문한 페이지, 우편번호를 저장하지 않습니다.
privacy-no-analytics = 분석 도구, 광고, 추적이 없습니다.
privacy-no-third-parties = 이 페이지는 다른 웹사이트에서 아무것도 불러오지 않습니다. 다른 회사의 글꼴, 지도, 스크립트를 쓰지 않습니다.
privacy-no-status = 이민 신분을 절대 묻지 않습니다.
privacy-stored-heading = 저장하는 정보
privacy-language-cookie = 언어를 고르신 경우에만 쿠키 하나(“lang”)를 저장합니다. 이 쿠키는 고르신 언어를 1년 동안 기억하며, 다른 내용은 들어 있지 않습니다.
privacy-reports = 정보의 문제를 알려 주시면, 고르신 문제와 쓰신 글, 보내신 날짜(시간은 제외)를 데이터베이스에 보관합니다. 이름, 주소, 기기 정보, IP 주소는 보관하지 않습니다. 알려 주신 내용은 이 목록을 최신으로 관리하는 직원만 읽습니다. 직원은 정보를 확인한 뒤 그 내용을 삭제하며, 모든 내용은 늦어도 180일 후에 삭제됩니다.
privacy-server-logs = 저희 서버는 기술적인 사실(어떤 종류의 페이지를 요청했는지, 잘 작동했는지, 시간이 얼마나 걸렸는지)만 기록합니다. 검색 내용이나 쓰신 글은 절대 기록하지 않습니다.
about-data-heading = 정보의 출처
about-data-body = 서비스 정보는 지역 기관들이 올리고 저희 직원이 확인합니다. 각 서비스 페이지에 정보를 마지막으로 확인한 날짜가 나옵니다. 가기 전에 꼭 전화해 보세요.
about-translations-heading = 번역
about-translations-body = 이 페이지들은 영어로 쓴 다음 번역합니다. 각 번역을 어디까지 검토했는지 알려 드립니다:
about-translations-language = 언어
about-translations-state = 상태
review-state-source = 원문
review-state-reviewed = 그 언어를 잘하는 사람이 검토함
review-state-draft = 초안, 그 언어를 잘하는 사람이 아직 검토하지 않음
review-state-machine = 기계 번역, 아직 검토하지 않음
review-state-missing = 아직 번역되지 않음(영어로 표시)
review-state-unknown = 알 수 없음

## Dates, times, distances

time-style = 24h
time-am = 오전
time-pm = 오후
weekday-mon = 월요일
weekday-tue = 화요일
weekday-wed = 수요일
weekday-thu = 목요일
weekday-fri = 금요일
weekday-sat = 토요일
weekday-sun = 일요일
date-long = { $year }년 { $month } { $day }일
month-1 = 1월
month-2 = 2월
month-3 = 3월
month-4 = 4월
month-5 = 5월
month-6 = 6월
month-7 = 7월
month-8 = 8월
month-9 = 9월
month-10 = 10월
month-11 = 11월
month-12 = 12월
distance-miles = { $miles }마일 ({ $km }km)

## Language names (ISO 639 codes of the services' languages)

language-en = 영어
language-es = 스페인어
language-zh = 중국어
language-yue = 광둥어
language-tl = 타갈로그어
language-vi = 베트남어
language-ar = 아랍어
language-fr = 프랑스어
language-ht = 아이티 크리올어
language-ko = 한국어
language-ru = 러시아어
language-pt = 포르투갈어
language-uk = 우크라이나어
language-fa = 페르시아어
language-prs = 다리어
language-ps = 파슈토어
language-am = 암하라어
language-so = 소말리어
language-sw = 스와힐리어
language-ti = 티그리냐어
language-tr = 튀르키예어(터키어)
language-ne = 네팔어
language-my = 미얀마어(버마어)
language-mam = 맘어
language-asl = 미국 수어(ASL)

## Plan

plan-nav = 내 계획({ $count })
plan-title = 내 계획
plan-print-title = 내 계획(인쇄용)
plan-lead = 고르신 서비스입니다. 계획은 저희 서버가 아니라 이 페이지 주소에만 저장됩니다. 링크를 보관하거나, 페이지를 인쇄하거나, QR 코드를 스캔하세요.
plan-add = 내 계획에 추가
plan-in-plan = 계획에 들어 있음
plan-full = 계획이 가득 찼습니다(서비스 20개). 다른 서비스를 추가하려면 하나를 빼세요.
plan-empty = 계획이 비어 있습니다. 서비스를 찾은 다음 “내 계획에 추가”를 누르세요.
plan-find-more = 서비스 더 찾기
plan-remove = 내 계획에서 { $name } 빼기
plan-damaged = 이 계획 링크의 일부를 읽을 수 없습니다. 링크 전체를 복사했는지 확인하세요.
plan-missing = { $count ->
   *[other] 이 계획에 있는 서비스 { $count }개가 더 이상 목록에 없습니다.
}
plan-share-heading = 계획 보관하기 또는 공유하기
plan-share-link = 이 계획의 링크:
plan-share-hint = 이 링크나 QR 코드가 있는 사람은 누구나 이 계획에 있는 서비스를 볼 수 있습니다. 이름은 들어 있지 않습니다.
plan-qr-alt = 이 계획의 링크가 담긴 QR 코드
plan-print = 인쇄용 보기
plan-print-hint = 브라우저의 인쇄 기능을 사용해서 이 페이지를 인쇄하거나 PDF로 저장하세요.
plan-back = 내 계획으로 돌아가기
plan-printed-on = 인쇄 날짜: { $date }. 가기 전에 전화해 보세요. 운영 시간이 바뀔 수 있습니다.
plan-send-heading = 문자 메시지나 이메일로 링크 보내기
plan-send-to = 전화번호 또는 이메일 주소
plan-send-hint = 예: 937 555 0101 또는 name@example.org. 이 메시지를 보내는 데만 사용하고 보관하지 않습니다.
plan-send-button = 링크 보내기
plan-send-disabled = 이 도시에서는 아직 문자 메시지나 이메일로 보낼 수 없습니다. 링크를 복사하거나, 계획을 인쇄하거나, QR 코드를 스캔하세요.
plan-send-failed = 메시지를 보내지 못했습니다. 나중에 다시 시도하거나 링크를 복사하세요.
plan-send-empty = 전화번호나 이메일 주소를 쓰세요.
plan-send-bad-phone = 전화번호가 맞지 않는 것 같습니다. 937 555 0101처럼 숫자 10자리를 쓰거나, +와 국가 번호를 함께 쓰세요.
plan-send-bad-email = 이메일 주소가 맞지 않는 것 같습니다. 다시 확인하세요. 예: name@example.org.
plan-send-empty-plan = 계획이 비어 있어서 아직 보낼 것이 없습니다.
plan-sent-sms = 문자 메시지로 링크를 보냈습니다.
plan-sent-email = 이메일로 링크를 보냈습니다.
plan-message = { $site }에서 만든 내 계획: { $link }
