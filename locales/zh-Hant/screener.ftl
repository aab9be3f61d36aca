# Puerta 居民頁面：繁體中文（方案資格查詢）。
# review-state: draft
# Machine-drafted by the Puerta team; not yet reviewed by a fluent speaker.

## Screener

home-screener-heading = 您可能符合資格的方案
home-screener-body = 回答幾個簡短的問題，看看哪些方案可能對您有幫助，以及到哪裡申請。所有問題都可以不回答，您填寫的內容都不會被保存。
home-screener-link = 開始查詢方案
screener-title = 方案資格查詢
screener-intro-heading = 哪些方案可能對您有幫助？
screener-intro-lead = 請回答幾個簡短的問題，一次一個主題。我們會告訴您哪些方案可能對您有幫助、原因是什麼，以及哪些服務可以協助您申請。
screener-intro-optional = 所有問題都可以不回答：不想回答的問題或主題，可以直接跳過。
screener-intro-not-stored = 您填寫的內容都不會被保存：您的回答只存在這個頁面的網址裡，關閉頁面後就會消失。
screener-intro-no-status = 我們不會詢問您的移民身份。只有最後一部分（為永久居民，也就是持有綠卡的人，查詢入籍）會問到您的綠卡，而且可以不回答。
screener-intro-shared-device = 如果使用的是共用電腦，用完後請關閉瀏覽器視窗。
screener-not-legal-advice = 這是一般資訊，不是法律意見。只有方案本身，或律師、美國司法部（DOJ）認證代表，才能給您確定的答覆。
screener-start = 開始
screener-step-of = 第 { $step } 步，共 { $total } 步
screener-next = 下一步
screener-skip = 跳過這個主題
screener-back = 返回
screener-see-results = 查看結果
screener-optional = 可不回答
screener-yes = 是
screener-no = 否
screener-not-sure = 跳過／不確定
screener-choose = 跳過／請選擇一項
screener-invalid = 這個頁面上有一個回答我們無法讀取，所以沒有採用。請檢查一下，或者留空。
screener-invalid-some = 您的部分回答我們無法讀取，所以沒有採用。您可以在下面修改您的回答。
screener-you = 您
screener-member = 家庭成員 { $n }
screener-city = Sycamore Falls
screener-county = Ashgrove 縣（Ashgrove County）
screener-step-place = 您住在哪裡
screener-step-place-lead = 很多方案是為住在本市或本縣的人提供的。
screener-step-household = 年齡和家庭
screener-step-household-lead = 您的家庭是指和您住在一起、共用食物或金錢的人。
screener-step-income = 收入和福利
screener-step-income-lead = 有些方案是為收入較低的家庭提供的。填大概的數字就可以。
screener-step-work = 工作和生意
screener-step-work-lead = 有些方案協助經營小生意的人，或曾在美國軍隊服役的人。
screener-step-legal = 法律方面的情況
screener-step-legal-lead = 我們問這個問題，只是為了告訴您哪裡有免費的法律協助。您可以跳過。
screener-step-citizenship = 入籍查詢
screener-step-citizenship-lead = 這一部分只適用於永久居民（持有綠卡的人），協助他們了解什麼時候可以申請成為美國公民。如果這不是您的情況，或者您不想回答，請跳過。
screener-citizenship-skip-all = 跳過這一部分，查看結果
screener-q-state = 您住在哪一州？
screener-q-lives-in-city = 您住在 { $city } 市嗎？
screener-q-lives-in-county = 您住在 { $county } 嗎？
screener-q-lives-in-county-hint = 縣的範圍包括本市。
screener-q-has-photo-identity-document = 您有任何國家發的附照片身份證明文件嗎？
screener-q-has-photo-identity-document-hint = 例如護照、領事館身份證或駕照，哪個國家發的都可以。
screener-q-has-proof-of-city-address = 您能提供在本市居住的地址證明嗎？
screener-q-has-proof-of-city-address-hint = 例如租約、水電費帳單、銀行對帳單，或庇護所、非營利機構開立的信件。
screener-q-age = 您幾歲？
screener-q-enrolled-in-high-school = 您現在在讀高中嗎？
screener-q-enrolled-in-high-school-hint = 只有在您 16 歲或 17 歲時，這個問題才有關係。
screener-q-household-size = 您家裡一共住幾個人（包括您自己）？
screener-members-hint = 您最多可以填寫和您同住的另外 5 個人的情況。不想填寫某個人，就留空跳過。
screener-q-relationship = 和您的關係
screener-q-member-age = 年齡
screener-relationship-spouse = 配偶
screener-relationship-child = 子女
screener-relationship-parent = 父親或母親
screener-relationship-sibling = 兄弟姊妹
screener-relationship-other = 其他
screener-q-household-annual-income = 您全家一年的總收入是多少（稅前）？
screener-q-household-annual-income-hint = 以美元計算，算上您家裡所有人的收入。填大概的數字就可以。
screener-q-receives-means-tested-benefit = 家裡有人領取依收入發放的福利嗎？
screener-q-receives-means-tested-benefit-hint = 例如 Medicaid（醫療補助）、SNAP（食物券）、SSI、TANF 或住屋補助。
screener-q-receives-snap-or-wic = 家裡有人領取 SNAP（食物券）或 WIC 嗎？
screener-q-extreme-financial-hardship = 您現在有嚴重的經濟困難嗎？
screener-q-extreme-financial-hardship-hint = 例如大筆醫療帳單、失去工作，或遇到災害。
screener-q-runs-or-plans-small-business = 您在經營小生意，或打算開一個嗎？
screener-q-runs-or-plans-small-business-hint = 推車賣食物或在家賣食物也算。
screener-q-military-service = 您現在是否在美國軍隊服役，或以前曾經服役？
screener-q-facing-removal-proceedings = 您在移民法庭有案件嗎？
screener-q-facing-removal-proceedings-hint = 例如，您收到過「出庭通知」（Notice to Appear）。免費律師也許可以為您辯護。
screener-q-permanent-resident-since = 您是什麼時候成為永久居民的？
screener-q-permanent-resident-since-hint = 就是您綠卡上「Resident since」（成為居民日期）的日期。
screener-q-lives-in-state-since = 您從什麼時候開始住在現在這一州？
screener-q-married = 您結婚了嗎？
screener-q-spouse-is-us-citizen = 您的配偶是美國公民嗎？
screener-q-married-to-citizen-since = 您從什麼時候開始和您的美國公民配偶結婚並一起生活？
screener-q-days-outside-us-last-5y = 在過去 5 年裡，您一共有多少天不在美國？
screener-q-days-outside-us-last-5y-hint = 填大概的天數就可以：6 個月大約是 180 天。
screener-q-longest-trip-days-last-5y = 在過去 5 年裡，您離開美國時間最長的一次是多少天？
screener-q-days-outside-us-last-3y = 在過去 3 年裡，您一共有多少天不在美國？
screener-q-longest-trip-days-last-3y = 在過去 3 年裡，您離開美國時間最長的一次是多少天？
screener-results-title = 可能對您有幫助的方案
screener-results-lead = 根據您的回答，查詢日期：{ $date }。
screener-likely-heading = 很可能符合
screener-likely-hint = 根據您的回答，您很可能符合資格。請聯絡下面的服務來申請。
screener-maybe-heading = 也許符合
screener-maybe-hint = 我們還需要多一點資料才能判斷。服務協助員可以協助您。
screener-unlikely-heading = { $count ->
   *[other] 其他方案（{ $count }）
}
screener-unlikely-hint = 根據您的回答，這些方案的可能性較小。但規定有例外：服務協助員可以和您一起再確認。
screener-group-empty = 根據您目前的回答，暫時沒有。
screener-needs = 我們還需要知道：{ $facts }。
screener-why = 原因
screener-amount = 金額：{ $amount }
screener-threshold = 使用的數字：{ $value }（來源：{ $sources }）。
screener-threshold-dated = 使用的數字：{ $value }（來源：{ $sources }；自 { $date } 起生效）。
screener-check-legal-provider = 請諮詢法律服務機構。
screener-flag-review = 其中一部分需要由法律服務機構來看：請諮詢法律服務機構。
screener-flag-borderline = 您的回答剛好在界限上，而不同來源對這個界限的說法不一樣：請諮詢法律服務機構。
screener-flag-single-source = 這裡用到的一個數字只有一個來源，我們無法核對：請諮詢法律服務機構。
screener-flag-no-parameter = 我們沒有今天適用的數字：請諮詢法律服務機構。
screener-flag-unverified = 這裡用到的一個數字尚未得到確認：請諮詢法律服務機構。
screener-services = 到哪裡獲得協助
screener-services-none = 這個方案暫時還沒有列出服務。請撥打 211 尋求協助。
screener-more-services = 尋找更多類似的服務
screener-change-answers = 修改您的回答
screener-start-over = 清除所有回答，重新開始
screener-unit-years = { $n ->
   *[other] { $n } 年
}
screener-unit-months = { $n ->
   *[other] { $n } 個月
}
screener-unit-days = { $n ->
   *[other] { $n } 天
}
fact-age = 您的年齡
fact-relationship = 每個人和您的關係
fact-receives-means-tested-benefit = 是否有人領取依收入發放的福利
fact-household-size = 您家裡住幾個人
fact-household-annual-income = 您家庭的收入
fact-household-income-pct-fpg = 您家庭的收入和貧窮線相比的情況
fact-state = 您住的州
fact-lives-in-city = 您是否住在本市
fact-permanent-resident-since = 您成為永久居民的日期
fact-years-as-permanent-resident = 您成為永久居民有多久
fact-married = 您是否已婚
fact-spouse-is-us-citizen = 您的配偶是否為美國公民
fact-married-to-citizen-since = 您從什麼時候開始和美國公民配偶結婚
fact-lives-in-state-since = 您從什麼時候開始住在現在的州
fact-days-outside-us-last-5y = 過去 5 年裡您不在美國的天數
fact-days-outside-us-last-3y = 過去 3 年裡您不在美國的天數
fact-longest-trip-days-last-5y = 過去 5 年裡您離開美國時間最長的一次
fact-longest-trip-days-last-3y = 過去 3 年裡您離開美國時間最長的一次
fact-facing-removal-proceedings = 您在移民法庭是否有案件
fact-military-service = 您是否曾在美國軍隊服役
fact-extreme-financial-hardship = 您是否有嚴重的經濟困難
fact-lives-in-county = 您是否住在本縣
fact-enrolled-in-high-school = 您是否在讀高中
fact-receives-snap-or-wic = 是否有人領取 SNAP 或 WIC
fact-runs-or-plans-small-business = 您是否在經營或打算開辦小生意
fact-has-photo-identity-document = 您是否有附照片的身份證明文件
fact-has-proof-of-city-address = 您能否提供在本市的地址證明
rule-all = 以下各項都符合。
rule-any = 以下至少有一項符合。
rule-not = 這一項不符合。
rule-any-member = 您家裡有人符合這一項。
rule-all-members = 您家裡每個人都符合這一項。
rule-is-true = { $verdict ->
    [likely] 是：{ $fact }。
   *[other] 不是這樣：{ $fact }。
}
rule-is-false = { $verdict ->
    [likely] 不是這樣：{ $fact }。
   *[other] 是：{ $fact }。
}
rule-one-of = { $fact }：{ $value }。
rule-compare-at-least = { $fact }：{ $value }（至少需要 { $threshold }）。
rule-compare-at-most = { $fact }：{ $value }（最多 { $threshold }）。
rule-compare-greater-than = { $fact }：{ $value }（需要超過 { $threshold }）。
rule-compare-less-than = { $fact }：{ $value }（需要少於 { $threshold }）。
rule-compare-equals = { $fact }：{ $value }（需要 { $threshold }）。
rule-income-at-most-fpg-percent = { $verdict ->
    [likely] 您家庭的收入（每年 { $income }，家裡 { $household-size } 人）等於或低於 { $year } 年聯邦貧窮線的 { $limit-percent }%：{ $limit }。
    [unlikely] 您家庭的收入（每年 { $income }，家裡 { $household-size } 人）高於 { $year } 年聯邦貧窮線的 { $limit-percent }%：{ $limit }。
   *[other] 您家庭的收入（每年 { $income }，家裡 { $household-size } 人）接近 { $year } 年聯邦貧窮線的 { $limit-percent }%：{ $limit }。
}
rule-income-at-least-fpg-percent = { $verdict ->
    [likely] 您家庭的收入（每年 { $income }，家裡 { $household-size } 人）等於或高於 { $year } 年聯邦貧窮線的 { $limit-percent }%：{ $limit }。
   *[other] 您家庭的收入（每年 { $income }，家裡 { $household-size } 人）低於 { $year } 年聯邦貧窮線的 { $limit-percent }%：{ $limit }。
}
rule-income-greater-than-fpg-percent = { $verdict ->
    [likely] 您家庭的收入（每年 { $income }，家裡 { $household-size } 人）高於 { $year } 年聯邦貧窮線的 { $limit-percent }%：{ $limit }。
   *[other] 您家庭的收入（每年 { $income }，家裡 { $household-size } 人）沒有高於 { $year } 年聯邦貧窮線的 { $limit-percent }%：{ $limit }。
}
rule-income-less-than-fpg-percent = { $verdict ->
    [likely] 您家庭的收入（每年 { $income }，家裡 { $household-size } 人）低於 { $year } 年聯邦貧窮線的 { $limit-percent }%：{ $limit }。
   *[other] 您家庭的收入（每年 { $income }，家裡 { $household-size } 人）沒有低於 { $year } 年聯邦貧窮線的 { $limit-percent }%：{ $limit }。
}
rule-income-equals-fpg-percent = 您家庭的收入（每年 { $income }，家裡 { $household-size } 人）與 { $year } 年聯邦貧窮線的 { $limit-percent }% 相比：{ $limit }。
rule-elapsed-since = { $verdict ->
    [likely] 從 { $since } 起：已在 { $date } 滿 { $period }。
   *[other] 從 { $since } 起：將在 { $date } 滿 { $period }。
}
rule-physical-presence = 在過去 { $window-days } 裡，您在美國的時間是 { $days-present }：至少需要 { $threshold }。
rule-continuous-residence = { $band ->
    [short] 您離開美國時間最長的一次（{ $days }）不到 6 個月。
    [presumption] 您離開美國時間最長的一次（{ $days }）超過 6 個月：除非您能證明並非如此，否則這可能會中斷「連續居住」。請諮詢法律服務機構。
    [possible-break] 您離開美國時間最長的一次（{ $days }）可能達到 1 年或更久：請諮詢法律服務機構。
   *[break] 您離開美國時間最長的一次（{ $days }）達到 1 年或更久：這通常會中斷「連續居住」。請諮詢法律服務機構。
}
rule-n400-path-general = 永久居民滿 5 年申請入籍的途徑。
rule-n400-path-spouse = 美國公民的配偶滿 3 年申請入籍的途徑。
rule-n400-min-age = { $verdict ->
    [likely] 您的年齡為 { $value }：至少要滿 { $threshold } 才能申請。
   *[other] 您的年齡為 { $value }：必須年滿 { $threshold } 才能申請。
}
rule-n400-earliest-filing = { $verdict ->
    [likely] 按 5 年途徑，您從 { $date } 起就可以遞交申請（從 { $since } 成為永久居民起滿 { $period }，可提前 { $early-days }）：這個日期已經過了。
   *[other] 按 5 年途徑，最早可以遞交申請的日期是 { $date }（從 { $since } 成為永久居民起滿 { $period }，可提前 { $early-days }）。
}
rule-n400-earliest-filing-spouse = { $verdict ->
    [likely] 按美國公民配偶 3 年途徑，您從 { $date } 起就可以遞交申請（從 { $since } 成為永久居民起滿 { $period }，可提前 { $early-days }）：這個日期已經過了。
   *[other] 按美國公民配偶 3 年途徑，最早可以遞交申請的日期是 { $date }（從 { $since } 成為永久居民起滿 { $period }，可提前 { $early-days }）。
}
rule-n400-state-residence = { $verdict ->
    [likely] 您從 { $since } 起住在現在的州：至少需要住滿 { $period }。
   *[other] 您從 { $since } 起住在現在的州：需要住滿 { $period }，將在 { $date } 住滿。
}
rule-n400-married = { $verdict ->
    [likely] 您已經結婚。
   *[other] 您說您沒有結婚，所以美國公民配偶 3 年途徑不適用。
}
rule-n400-spouse-citizen = { $verdict ->
    [likely] 您的配偶是美國公民。
   *[other] 您說您的配偶不是美國公民，所以美國公民配偶 3 年途徑不適用。
}
rule-n400-marital-union = { $verdict ->
    [likely] 您從 { $since } 起和您的美國公民配偶結婚並一起生活：至少需要 { $period }。
   *[other] 您從 { $since } 起和您的美國公民配偶結婚並一起生活：需要 { $period }，將在 { $date } 滿。
}
rule-n400-fee-waiver-benefit = { $verdict ->
    [likely] { $person ->
        [you] 您領取依收入發放的福利。
       *[member] { $who } 領取依收入發放的福利。
    }
   *[other] { $person ->
        [you] 您沒有領取依收入發放的福利。
       *[member] { $who } 沒有領取依收入發放的福利。
    }
}
rule-n400-fee-waiver-benefit-relative = { $verdict ->
    [likely] { $person ->
        [you] 您自己領取的福利可以作為依據。
       *[member] { $who } 是您的配偶或子女：他們領取的福利可以作為依據。
    }
   *[other] { $who } 不是您的配偶或子女：其他親屬的情況，請諮詢法律服務機構。
}
rule-n400-fee-waiver-benefit-parent-or-sibling = 您家裡的父親、母親或兄弟姊妹領取依收入發放的福利：這可能可以作為依據。請諮詢法律服務機構。
rule-n400-fee-waiver-hardship = { $verdict ->
    [unlikely] 您沒有說您有嚴重的經濟困難。
   *[other] 您有嚴重的經濟困難：法律服務機構可以協助您證明「極度經濟困難」。
}
rule-n400-fee-military = { $verdict ->
    [likely] 您現在或以前在美國軍隊服役：可能不用繳申請費。
   *[other] 您說您沒有在美國軍隊服役過。
}
rule-n400-fee-full-not-military = { $verdict ->
    [likely] 您說您沒有在美國軍隊服役過。
   *[other] 您現在或以前在美國軍隊服役，所以可能可以免繳申請費。
}
rule-n400-fee-full-income-over-reduced-limit = 您家庭的收入超過了減收申請費的收入上限。
rule-city-resident = { $verdict ->
    [likely] 您住在本市。
   *[other] 您說您不住在本市。
}
rule-county-resident = { $verdict ->
    [likely] 您住在本縣。
   *[other] 您說您不住在本縣。
}
rule-city-or-county-resident = { $verdict ->
    [likely] 您住在本市或本縣。
   *[other] 您說您既不住在本市，也不住在本縣。
}
rule-city-id-min-age = 您的年齡為 { $value }：這種身份證發給 { $threshold } 及以上的人。
rule-city-id-photo-identity = { $verdict ->
    [likely] 您有某個國家發的附照片身份證明文件。
   *[other] 您說您沒有附照片的身份證明文件。服務協助員可以告訴您還有哪些文件可能被接受。
}
rule-city-id-proof-of-address = { $verdict ->
    [likely] 您能提供在本市的地址證明。
   *[other] 您說您無法提供地址證明。庇護所或非營利機構開立的信件也可能可以用：請詢問服務協助員。
}
rule-esl-age = { $verdict ->
    [likely] 您的年齡符合上課要求。
   *[other] 這些課程是為成年人，以及沒有在讀高中的 16 歲或 17 歲青少年開設的。
}
rule-esl-adult = { $verdict ->
    [likely] 您的年齡為 { $value }：這些課程是為 { $threshold } 及以上的成年人開設的。
   *[other] 您的年齡為 { $value }：成人課程從 { $threshold } 開始。
}
rule-esl-teen-out-of-school = { $verdict ->
    [likely] 您是沒有在讀高中的青少年：可以參加。
   *[other] 青少年只有在沒有讀高中的情況下才能參加。
}
rule-esl-min-age = { $verdict ->
    [likely] 您的年齡為 { $value }：至少需要 { $threshold }。
   *[other] 您的年齡為 { $value }：課程從 { $threshold } 開始。
}
rule-esl-not-in-high-school = { $verdict ->
    [likely] 您沒有在讀高中。
   *[other] 您在讀高中：您的學校會提供英語輔導。
}
rule-food-snap-or-wic = { $verdict ->
    [likely] { $person ->
        [you] 您領取 SNAP 或 WIC。
       *[member] { $who } 領取 SNAP 或 WIC。
    }
   *[other] { $person ->
        [you] 您沒有領取 SNAP 或 WIC。
       *[member] { $who } 沒有領取 SNAP 或 WIC。
    }
}
rule-food-snap-or-wic-household = { $verdict ->
    [likely] 您家裡有人領取 SNAP 或 WIC。
   *[other] 您家裡沒有人領取 SNAP 或 WIC。
}
rule-facing-removal-proceedings = { $verdict ->
    [likely] 您在移民法庭有案件：這個基金會出錢請律師為您辯護。
   *[other] 您說您在移民法庭沒有案件。
}
rule-small-business-owner = { $verdict ->
    [likely] 您在經營或打算開辦小生意。
   *[other] 您說您沒有經營小生意，也不打算開辦。
}
rule-n400-fee-waiver-benefit-parent-relative = { $verdict ->
    [likely] { $who }是您的父母或兄弟姊妹：其福利可能可以計算在內。
   *[other] { $person ->
        [you] 這一部分是關於與您同住的父母或兄弟姊妹。
       *[member] { $who }不是您的父母或兄弟姊妹。
    }
}
