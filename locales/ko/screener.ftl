# Puerta 프로그램 확인: 한국어.
# review-state: draft
# Machine-drafted by the Puerta team; not yet reviewed by a fluent speaker.

## Screener

home-screener-heading = 받을 수 있을지도 모르는 프로그램
home-screener-body = 짧은 질문 몇 개에 답하고, 어떤 프로그램이 도움이 될 수 있는지와 어디서 받을 수 있는지 알아보세요. 모든 질문은 선택 사항이며, 입력하신 내용은 저장되지 않습니다.
home-screener-link = 프로그램 확인 시작하기
screener-title = 프로그램 확인
screener-intro-heading = 어떤 프로그램이 도움이 될 수 있을까요?
screener-intro-lead = 한 번에 한 주제씩 짧은 질문 몇 개에 답해 주세요. 도움이 될 수 있는 프로그램과 그 이유, 그리고 신청을 도와줄 수 있는 서비스를 보여 드립니다.
screener-intro-optional = 모든 질문은 선택 사항입니다. 답하고 싶지 않은 질문이나 주제는 건너뛰세요.
screener-intro-not-stored = 입력하신 내용은 저장되지 않습니다. 답변은 이 페이지 주소에만 남아 있고, 페이지를 닫으면 사라집니다.
screener-intro-no-status = 저희는 이민 신분을 묻지 않습니다. 마지막 부분인 영주권자(그린카드 소지자)를 위한 시민권 확인에서만 그린카드에 대해 묻고, 이 부분도 선택 사항입니다.
screener-intro-shared-device = 여러 사람이 쓰는 컴퓨터라면, 다 끝난 뒤 브라우저 창을 닫으세요.
screener-not-legal-advice = 이것은 일반 정보이며 법률 상담이 아닙니다. 확실한 답은 해당 프로그램이나 변호사, 또는 법무부(DOJ) 공인 대리인만 드릴 수 있습니다.
screener-start = 시작
screener-step-of = { $total }단계 중 { $step }단계
screener-next = 다음
screener-skip = 이 주제 건너뛰기
screener-back = 뒤로
screener-see-results = 결과 보기
screener-optional = 선택 사항
screener-yes = 예
screener-no = 아니요
screener-not-sure = 건너뛰기 / 잘 모름
screener-choose = 건너뛰기 / 하나 고르기
screener-invalid = 이 페이지의 답변 하나를 읽을 수 없어서 빼 두었습니다. 확인해 주시거나 비워 두세요.
screener-invalid-some = 일부 답변을 읽을 수 없어서 빼 두었습니다. 아래에서 답변을 바꾸실 수 있습니다.
screener-you = 본인
screener-member = 가구원 { $n }
screener-city = Sycamore Falls
screener-county = Ashgrove 카운티
screener-step-place = 사는 곳
screener-step-place-lead = 많은 프로그램이 시나 카운티에 사는 사람을 위한 것입니다.
screener-step-household = 나이와 가구
screener-step-household-lead = 가구란 함께 살면서 음식이나 돈을 함께 쓰는 사람들을 말합니다.
screener-step-income = 소득과 혜택
screener-step-income-lead = 일부 프로그램은 소득이 낮은 가구를 위한 것입니다. 대략적인 금액이면 됩니다.
screener-step-work = 일과 사업
screener-step-work-lead = 일부 프로그램은 작은 사업을 하거나 군에서 복무한 사람을 돕습니다.
screener-step-legal = 법적 상황
screener-step-legal-lead = 무료 법률 지원을 안내해 드리기 위해서만 묻습니다. 건너뛰셔도 됩니다.
screener-step-citizenship = 시민권 확인
screener-step-citizenship-lead = 이 부분은 언제 미국 시민권을 신청할 수 있는지 알고 싶은 영주권자(그린카드 소지자)만을 위한 것입니다. 해당되지 않거나 답하고 싶지 않으면 건너뛰세요.
screener-citizenship-skip-all = 이 부분을 건너뛰고 결과 보기
screener-q-state = 어느 주에 사세요?
screener-q-lives-in-city = { $city } 시에 사세요?
screener-q-lives-in-county = { $county }에 사세요?
screener-q-lives-in-county-hint = 카운티에는 시도 포함됩니다.
screener-q-has-photo-identity-document = 어느 나라 것이든 사진이 있는 신분증이 있으세요?
screener-q-has-photo-identity-document-hint = 예: 여권, 영사관 신분증, 운전면허증 등. 어느 나라 것이든 됩니다.
screener-q-has-proof-of-city-address = 시에 사는 주소를 증명하는 서류를 보여 줄 수 있으세요?
screener-q-has-proof-of-city-address-hint = 예: 임대 계약서, 공과금 고지서, 은행 거래 내역서, 또는 쉼터나 비영리 단체에서 받은 편지.
screener-q-age = 나이가 어떻게 되세요?
screener-q-enrolled-in-high-school = 지금 고등학교에 다니세요?
screener-q-enrolled-in-high-school-hint = 16세나 17세인 경우에만 해당됩니다.
screener-q-household-size = 본인을 포함해서 가구원은 모두 몇 명이세요?
screener-members-hint = 함께 사는 다른 사람을 5명까지 알려 주실 수 있습니다. 건너뛰려면 그 사람 칸을 비워 두세요.
screener-q-relationship = 본인과의 관계
screener-q-member-age = 나이
screener-relationship-spouse = 배우자
screener-relationship-child = 자녀
screener-relationship-parent = 부모
screener-relationship-sibling = 형제자매
screener-relationship-other = 기타
screener-q-household-annual-income = 가구 전체의 1년 총소득은 세금을 내기 전 얼마인가요?
screener-q-household-annual-income-hint = 미국 달러로, 가구원 모두의 소득을 합친 금액입니다. 대략적인 금액이면 됩니다.
screener-q-receives-means-tested-benefit = 소득에 따라 받는 혜택을 받는 사람이 있나요?
screener-q-receives-means-tested-benefit-hint = 예: 메디케이드(Medicaid), SNAP(푸드 스탬프), SSI, TANF, 주거 지원 등.
screener-q-receives-snap-or-wic = SNAP(푸드 스탬프)나 WIC를 받는 사람이 있나요?
screener-q-extreme-financial-hardship = 지금 돈 문제로 큰 어려움을 겪고 계세요?
screener-q-extreme-financial-hardship-hint = 예: 큰 병원비, 실직, 재난 등.
screener-q-runs-or-plans-small-business = 작은 사업을 하고 계시거나 시작할 계획이 있으세요?
screener-q-runs-or-plans-small-business-hint = 수레나 집에서 음식을 파는 것도 포함됩니다.
screener-q-military-service = 미군에서 복무 중이시거나 복무한 적이 있으세요?
screener-q-facing-removal-proceedings = 이민 법원에 사건이 있으세요?
screener-q-facing-removal-proceedings-hint = 예: “출두 통지서(Notice to Appear)”를 받은 경우. 무료 변호사가 변호해 드릴 수도 있습니다.
screener-q-permanent-resident-since = 언제 영주권자가 되셨어요?
screener-q-permanent-resident-since-hint = 그린카드에 있는 “Resident since” 날짜입니다.
screener-q-lives-in-state-since = 지금 사는 주에서 언제부터 사셨어요?
screener-q-married = 결혼하셨어요?
screener-q-spouse-is-us-citizen = 배우자가 미국 시민이세요?
screener-q-married-to-citizen-since = 미국 시민인 배우자와 언제부터 결혼해서 함께 살고 계세요?
screener-q-days-outside-us-last-5y = 지난 5년 동안 미국 밖에 있었던 날은 모두 며칠인가요?
screener-q-days-outside-us-last-5y-hint = 날짜 수를 대략 적으셔도 됩니다. 6개월은 약 180일입니다.
screener-q-longest-trip-days-last-5y = 지난 5년 동안 미국 밖으로 간 가장 긴 여행은 며칠이었나요?
screener-q-days-outside-us-last-3y = 지난 3년 동안 미국 밖에 있었던 날은 모두 며칠인가요?
screener-q-longest-trip-days-last-3y = 지난 3년 동안 미국 밖으로 간 가장 긴 여행은 며칠이었나요?
screener-results-title = 도움이 될 수 있는 프로그램
screener-results-lead = 답변을 바탕으로 { $date }에 확인했습니다.
screener-likely-heading = 가능성 높음
screener-likely-hint = 답변을 보면 자격이 될 가능성이 높습니다. 신청하려면 아래 서비스에 연락하세요.
screener-maybe-heading = 가능성 있음
screener-maybe-hint = 알아보려면 정보가 조금 더 필요합니다. 안내 도우미(navigator)가 도와드릴 수 있습니다.
screener-unlikely-heading = { $count ->
   *[other] 다른 프로그램 ({ $count })
}
screener-unlikely-hint = 답변을 보면 이 프로그램들은 가능성이 낮습니다. 규정에는 예외가 있으니, 안내 도우미(navigator)와 함께 확인해 보세요.
screener-group-empty = 지금까지의 답변으로는 없습니다.
screener-needs = 다음을 알아야 합니다: { $facts }.
screener-why = 이유
screener-amount = 금액: { $amount }
screener-threshold = 사용한 기준: { $value } (출처: { $sources }).
screener-threshold-dated = 사용한 기준: { $value } (출처: { $sources }; { $date }부터 적용).
screener-check-legal-provider = 법률 지원 기관에 확인하세요.
screener-flag-review = 이 중 일부는 법률 지원 기관이 살펴봐야 합니다. 법률 지원 기관에 확인하세요.
screener-flag-borderline = 답변이 기준선에 딱 걸려 있고, 자료마다 이 기준을 다르게 표현합니다. 법률 지원 기관에 확인하세요.
screener-flag-single-source = 여기 사용한 기준은 한 곳의 자료에서만 나온 것이라 다른 자료와 비교해 확인하지 못했습니다. 법률 지원 기관에 확인하세요.
screener-flag-no-parameter = 오늘 적용되는 기준을 저희가 가지고 있지 않습니다. 법률 지원 기관에 확인하세요.
screener-flag-unverified = 여기 사용한 기준은 아직 확인되지 않았습니다. 법률 지원 기관에 확인하세요.
screener-services = 도움받을 수 있는 곳
screener-services-none = 이 프로그램에 등록된 서비스가 아직 없습니다. 211에 전화해서 도움을 받으세요.
screener-more-services = 비슷한 서비스 더 찾기
screener-change-answers = 답변 바꾸기
screener-start-over = 답변 없이 처음부터 다시 하기
screener-unit-years = { $n ->
   *[other] { $n }년
}
screener-unit-months = { $n ->
   *[other] { $n }개월
}
screener-unit-days = { $n ->
   *[other] { $n }일
}
fact-age = 본인의 나이
fact-relationship = 각 사람과 본인의 관계
fact-receives-means-tested-benefit = 소득에 따라 받는 혜택을 받는 사람이 있는지
fact-household-size = 가구원이 몇 명인지
fact-household-annual-income = 가구 소득
fact-household-income-pct-fpg = 빈곤 기준과 비교한 가구 소득
fact-state = 사는 주
fact-lives-in-city = 시에 사는지
fact-permanent-resident-since = 영주권자가 된 날짜
fact-years-as-permanent-resident = 영주권자로 지낸 기간
fact-married = 결혼했는지
fact-spouse-is-us-citizen = 배우자가 미국 시민인지
fact-married-to-citizen-since = 미국 시민인 배우자와 언제부터 결혼 생활을 했는지
fact-lives-in-state-since = 언제부터 지금 사는 주에 살았는지
fact-days-outside-us-last-5y = 지난 5년 동안 미국 밖에 있었던 날수
fact-days-outside-us-last-3y = 지난 3년 동안 미국 밖에 있었던 날수
fact-longest-trip-days-last-5y = 지난 5년 동안 미국 밖으로 간 가장 긴 여행
fact-longest-trip-days-last-3y = 지난 3년 동안 미국 밖으로 간 가장 긴 여행
fact-facing-removal-proceedings = 이민 법원에 사건이 있는지
fact-military-service = 미군에서 복무했는지
fact-extreme-financial-hardship = 돈 문제로 큰 어려움을 겪고 있는지
fact-lives-in-county = 카운티에 사는지
fact-enrolled-in-high-school = 고등학교에 다니는지
fact-receives-snap-or-wic = SNAP이나 WIC를 받는 사람이 있는지
fact-runs-or-plans-small-business = 작은 사업을 하고 있거나 계획하고 있는지
fact-has-photo-identity-document = 사진이 있는 신분증이 있는지
fact-has-proof-of-city-address = 시에 사는 주소를 증명할 수 있는지
rule-all = 다음에 모두 해당합니다.
rule-any = 다음 중 하나 이상에 해당합니다.
rule-not = 이것에 해당하지 않습니다.
rule-any-member = 가구원 중 한 명이 이 조건에 맞습니다.
rule-all-members = 가구원 모두가 이 조건에 맞습니다.
rule-is-true = { $verdict ->
    [likely] 예: { $fact }.
   *[other] 해당 없음: { $fact }.
}
rule-is-false = { $verdict ->
    [likely] 해당 없음: { $fact }.
   *[other] 예: { $fact }.
}
rule-one-of = { $fact }: { $value }.
rule-compare-at-least = { $fact }: { $value } (최소 { $threshold } 필요).
rule-compare-at-most = { $fact }: { $value } (최대 { $threshold }).
rule-compare-greater-than = { $fact }: { $value } ({ $threshold } 초과 필요).
rule-compare-less-than = { $fact }: { $value } ({ $threshold } 미만 필요).
rule-compare-equals = { $fact }: { $value } ({ $threshold } 필요).
rule-income-at-most-fpg-percent = { $verdict ->
    [likely] 가구 소득(1년 { $income }, { $household-size }인 가구)은 { $year }년 연방 빈곤 기준(federal poverty guideline)의 { $limit-percent }% 이하입니다: { $limit }.
    [unlikely] 가구 소득(1년 { $income }, { $household-size }인 가구)은 { $year }년 연방 빈곤 기준(federal poverty guideline)의 { $limit-percent }%보다 많습니다: { $limit }.
   *[other] 가구 소득(1년 { $income }, { $household-size }인 가구)은 { $year }년 연방 빈곤 기준(federal poverty guideline)의 { $limit-percent }%에 가깝습니다: { $limit }.
}
rule-income-at-least-fpg-percent = { $verdict ->
    [likely] 가구 소득(1년 { $income }, { $household-size }인 가구)은 { $year }년 연방 빈곤 기준(federal poverty guideline)의 { $limit-percent }% 이상입니다: { $limit }.
   *[other] 가구 소득(1년 { $income }, { $household-size }인 가구)은 { $year }년 연방 빈곤 기준(federal poverty guideline)의 { $limit-percent }%보다 적습니다: { $limit }.
}
rule-income-greater-than-fpg-percent = { $verdict ->
    [likely] 가구 소득(1년 { $income }, { $household-size }인 가구)은 { $year }년 연방 빈곤 기준(federal poverty guideline)의 { $limit-percent }%보다 많습니다: { $limit }.
   *[other] 가구 소득(1년 { $income }, { $household-size }인 가구)은 { $year }년 연방 빈곤 기준(federal poverty guideline)의 { $limit-percent }%보다 많지 않습니다: { $limit }.
}
rule-income-less-than-fpg-percent = { $verdict ->
    [likely] 가구 소득(1년 { $income }, { $household-size }인 가구)은 { $year }년 연방 빈곤 기준(federal poverty guideline)의 { $limit-percent }%보다 적습니다: { $limit }.
   *[other] 가구 소득(1년 { $income }, { $household-size }인 가구)은 { $year }년 연방 빈곤 기준(federal poverty guideline)의 { $limit-percent }%보다 적지 않습니다: { $limit }.
}
rule-income-equals-fpg-percent = 가구 소득(1년 { $income }, { $household-size }인 가구)과 { $year }년 연방 빈곤 기준(federal poverty guideline)의 { $limit-percent }% 비교: { $limit }.
rule-elapsed-since = { $verdict ->
    [likely] { $since }부터 계산하면 { $date }에 { $period }이 지났습니다.
   *[other] { $since }부터 계산하면 { $date }에 { $period }이 지납니다.
}
rule-physical-presence = { $verdict ->
    [likely] 지난 { $window-days } 중 { $days-present } 동안 미국에 있었습니다(실제 체류, physical presence). 최소 { $threshold }이 필요합니다.
   *[other] 지난 { $window-days } 중 { $days-present } 동안 미국에 있었습니다(실제 체류, physical presence). 최소 { $threshold }이 필요합니다.
}
rule-continuous-residence = { $band ->
    [short] 미국 밖으로 간 가장 긴 여행({ $days })은 6개월보다 짧았습니다.
    [presumption] 미국 밖으로 간 가장 긴 여행({ $days })은 6개월보다 길었습니다. 그렇지 않다는 것을 보여 줄 수 없으면 “계속 거주(continuous residence)”가 끊길 수 있습니다. 법률 지원 기관에 확인하세요.
    [possible-break] 미국 밖으로 간 가장 긴 여행({ $days })은 1년 이상이었을 수 있습니다. 법률 지원 기관에 확인하세요.
   *[break] 미국 밖으로 간 가장 긴 여행({ $days })은 1년 이상이었습니다. 이 경우 보통 “계속 거주(continuous residence)”가 끊깁니다. 법률 지원 기관에 확인하세요.
}
rule-n400-path-general = 영주권자를 위한 5년 경로입니다.
rule-n400-path-spouse = 미국 시민의 배우자를 위한 3년 경로입니다.
rule-n400-min-age = { $verdict ->
    [likely] 나이: { $value }. 신청하려면 최소 { $threshold }이 필요합니다.
   *[other] 나이: { $value }. 신청하려면 나이가 최소 { $threshold }이어야 합니다.
}
rule-n400-earliest-filing = { $verdict ->
    [likely] 5년 경로로는 { $date }부터 신청서를 낼 수 있었습니다({ $since }에 영주권자가 된 날부터 { $period }에서 { $early-days }을 뺀 날). 그 날짜는 이미 지났습니다.
   *[other] 5년 경로로 신청서를 낼 수 있는 가장 빠른 날짜는 { $date }입니다({ $since }에 영주권자가 된 날부터 { $period }에서 { $early-days }을 뺀 날).
}
rule-n400-earliest-filing-spouse = { $verdict ->
    [likely] 배우자를 위한 3년 경로로는 { $date }부터 신청서를 낼 수 있었습니다({ $since }에 영주권자가 된 날부터 { $period }에서 { $early-days }을 뺀 날). 그 날짜는 이미 지났습니다.
   *[other] 배우자를 위한 3년 경로로 신청서를 낼 수 있는 가장 빠른 날짜는 { $date }입니다({ $since }에 영주권자가 된 날부터 { $period }에서 { $early-days }을 뺀 날).
}
rule-n400-state-residence = { $verdict ->
    [likely] { $since }부터 지금 사는 주에 살고 있습니다. 최소 { $period }이 필요합니다.
   *[other] { $since }부터 지금 사는 주에 살고 있습니다. { $period }이 필요하며, { $date }에 채워집니다.
}
rule-n400-married = { $verdict ->
    [likely] 결혼하셨습니다.
   *[other] 결혼하지 않았다고 답하셨으므로 배우자를 위한 3년 경로는 해당되지 않습니다.
}
rule-n400-spouse-citizen = { $verdict ->
    [likely] 배우자가 미국 시민입니다.
   *[other] 배우자가 미국 시민이 아니라고 답하셨으므로 배우자를 위한 3년 경로는 해당되지 않습니다.
}
rule-n400-marital-union = { $verdict ->
    [likely] { $since }부터 미국 시민인 배우자와 결혼해서 함께 살고 있습니다. 최소 { $period }이 필요합니다.
   *[other] { $since }부터 미국 시민인 배우자와 결혼해서 함께 살고 있습니다. { $period }이 필요하며, { $date }에 채워집니다.
}
rule-n400-fee-waiver-benefit = { $verdict ->
    [likely] { $person ->
        [you] 본인이 소득에 따라 받는 혜택을 받고 있습니다.
       *[member] { $who }: 소득에 따라 받는 혜택을 받고 있습니다.
    }
   *[other] { $person ->
        [you] 본인은 소득에 따라 받는 혜택을 받고 있지 않습니다.
       *[member] { $who }: 소득에 따라 받는 혜택을 받고 있지 않습니다.
    }
}
rule-n400-fee-waiver-benefit-relative = { $verdict ->
    [likely] { $person ->
        [you] 본인이 받는 혜택이 인정됩니다.
       *[member] { $who }: 배우자나 자녀이므로 그 혜택이 인정됩니다.
    }
   *[other] { $who }: 배우자나 자녀가 아닙니다. 다른 친척의 경우 법률 지원 기관에 확인하세요.
}
rule-n400-fee-waiver-benefit-parent-or-sibling = 함께 사는 부모나 형제자매가 소득에 따라 받는 혜택을 받고 있습니다. 이것이 인정될 수도 있습니다. 법률 지원 기관에 확인하세요.
rule-n400-fee-waiver-hardship = { $verdict ->
    [unlikely] 돈 문제로 큰 어려움을 겪고 있다고 답하지 않으셨습니다.
   *[other] 돈 문제로 큰 어려움을 겪고 계십니다. 법률 지원 기관이 극심한 재정적 어려움(extreme financial hardship)을 증명하도록 도와드릴 수 있습니다.
}
rule-n400-fee-military = { $verdict ->
    [likely] 미군에서 복무 중이거나 복무한 적이 있습니다. 수수료를 내지 않아도 될 수 있습니다.
   *[other] 미군에서 복무한 적이 없다고 답하셨습니다.
}
rule-n400-fee-full-not-military = { $verdict ->
    [likely] 미군에서 복무한 적이 없다고 답하셨습니다.
   *[other] 미군에서 복무 중이거나 복무한 적이 있으므로 수수료 면제가 적용될 수 있습니다.
}
rule-n400-fee-full-income-over-reduced-limit = 가구 소득이 수수료 감면(reduced fee) 기준보다 높습니다.
rule-city-resident = { $verdict ->
    [likely] 시에 살고 있습니다.
   *[other] 시에 살지 않는다고 답하셨습니다.
}
rule-county-resident = { $verdict ->
    [likely] 카운티에 살고 있습니다.
   *[other] 카운티에 살지 않는다고 답하셨습니다.
}
rule-city-or-county-resident = { $verdict ->
    [likely] 시나 카운티에 살고 있습니다.
   *[other] 시에도 카운티에도 살지 않는다고 답하셨습니다.
}
rule-city-id-min-age = { $verdict ->
    [likely] 나이: { $value }. 이 신분증은 나이가 { $threshold } 이상인 사람을 위한 것입니다.
   *[other] 나이: { $value }. 이 신분증은 나이가 { $threshold } 이상인 사람을 위한 것입니다.
}
rule-city-id-photo-identity = { $verdict ->
    [likely] 어느 나라의 것이든 사진이 있는 신분증이 있습니다.
   *[other] 사진이 있는 신분증이 없다고 답하셨습니다. 다른 어떤 서류가 인정될 수 있는지 안내 도우미(navigator)가 알려 드릴 수 있습니다.
}
rule-city-id-proof-of-address = { $verdict ->
    [likely] 시에 사는 주소를 증명하는 서류를 보여 줄 수 있습니다.
   *[other] 주소를 증명하는 서류를 보여 줄 수 없다고 답하셨습니다. 쉼터나 비영리 단체에서 받은 편지도 인정될 수 있으니 안내 도우미(navigator)에게 물어보세요.
}
rule-esl-age = { $verdict ->
    [likely] 나이가 수업에 맞습니다.
   *[other] 수업은 성인, 그리고 고등학교에 다니지 않는 16세나 17세 청소년을 위한 것입니다.
}
rule-esl-adult = { $verdict ->
    [likely] 나이: { $value }. 수업은 나이가 { $threshold } 이상인 성인을 위한 것입니다.
   *[other] 나이: { $value }. 성인 수업은 나이가 { $threshold }부터 들을 수 있습니다.
}
rule-esl-teen-out-of-school = { $verdict ->
    [likely] 고등학교에 다니지 않는 청소년이므로 수업에 참여할 수 있습니다.
   *[other] 청소년은 고등학교에 다니지 않는 경우에만 참여할 수 있습니다.
}
rule-esl-min-age = { $verdict ->
    [likely] 나이: { $value }. 최소 { $threshold }이 필요합니다.
   *[other] 나이: { $value }. 수업은 나이가 { $threshold }부터 들을 수 있습니다.
}
rule-esl-not-in-high-school = { $verdict ->
    [likely] 고등학교에 다니지 않습니다.
   *[other] 고등학교에 다니고 있습니다. 다니는 학교에서 영어 지원을 받을 수 있습니다.
}
rule-food-snap-or-wic = { $verdict ->
    [likely] { $person ->
        [you] 본인이 SNAP이나 WIC를 받고 있습니다.
       *[member] { $who }: SNAP이나 WIC를 받고 있습니다.
    }
   *[other] { $person ->
        [you] 본인은 SNAP이나 WIC를 받고 있지 않습니다.
       *[member] { $who }: SNAP이나 WIC를 받고 있지 않습니다.
    }
}
rule-food-snap-or-wic-household = { $verdict ->
    [likely] 가구원 중에 SNAP이나 WIC를 받는 사람이 있습니다.
   *[other] 가구원 중에 SNAP이나 WIC를 받는 사람이 없습니다.
}
rule-facing-removal-proceedings = { $verdict ->
    [likely] 이민 법원에 사건이 있습니다. 이 기금에서 변호사 비용을 내 드리며, 변호사가 변호해 드립니다.
   *[other] 이민 법원에 사건이 없다고 답하셨습니다.
}
rule-small-business-owner = { $verdict ->
    [likely] 작은 사업을 하고 있거나 계획하고 있습니다.
   *[other] 작은 사업을 하고 있지 않고 계획도 없다고 답하셨습니다.
}
rule-n400-fee-waiver-benefit-parent-relative = { $verdict ->
    [likely] { $who }: 부모님 또는 형제자매입니다. 이분의 혜택이 인정될 수 있습니다.
   *[other] { $person ->
        [you] 이 부분은 함께 사는 부모님이나 형제자매에 관한 것입니다.
       *[member] { $who }: 부모님이나 형제자매가 아닙니다.
    }
}
