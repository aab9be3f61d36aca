# Puerta 居民页面：简体中文（项目资格查询）。
# review-state: draft
# Machine-drafted by the Puerta team; not yet reviewed by a fluent speaker.

## Screener

home-screener-heading = 您可能符合资格的项目
home-screener-body = 回答几个简短的问题，看看哪些项目可能帮到您，以及到哪里申请。所有问题都可以不回答，您填写的内容都不会被保存。
home-screener-link = 开始查询项目
screener-title = 项目资格查询
screener-intro-heading = 哪些项目可能帮到您？
screener-intro-lead = 请回答几个简短的问题，一次一个主题。我们会告诉您哪些项目可能帮到您、原因是什么，以及哪些服务可以帮您申请。
screener-intro-optional = 所有问题都可以不回答：不想回答的问题或主题，可以直接跳过。
screener-intro-not-stored = 您填写的内容都不会被保存：您的回答只存在这个页面的网址里，关闭页面后就没有了。
screener-intro-no-status = 我们不询问您的移民身份。只有最后一部分（为永久居民，也就是持有绿卡的人，查询入籍）会问到您的绿卡，而且可以不回答。
screener-intro-shared-device = 如果使用的是共用电脑，用完后请关闭浏览器窗口。
screener-not-legal-advice = 这是一般信息，不是法律建议。只有项目本身，或律师、美国司法部（DOJ）认证代表，才能给您确定的答复。
screener-start = 开始
screener-step-of = 第 { $step } 步，共 { $total } 步
screener-next = 下一步
screener-skip = 跳过这个主题
screener-back = 返回
screener-see-results = 查看结果
screener-optional = 可不回答
screener-yes = 是
screener-no = 否
screener-not-sure = 跳过／不确定
screener-choose = 跳过／请选择一项
screener-invalid = 这个页面上有一个回答我们无法读取，所以没有采用。请检查一下，或者留空。
screener-invalid-some = 您的一些回答我们无法读取，所以没有采用。您可以在下面修改您的回答。
screener-you = 您
screener-member = 家庭成员 { $n }
screener-city = Sycamore Falls
screener-county = Ashgrove 县（Ashgrove County）
screener-step-place = 您住在哪里
screener-step-place-lead = 很多项目是为住在本市或本县的人提供的。
screener-step-household = 年龄和家庭
screener-step-household-lead = 您的家庭是指和您住在一起、共用食物或钱的人。
screener-step-income = 收入和福利
screener-step-income-lead = 有些项目是为收入较低的家庭提供的。填大概的数字就可以。
screener-step-work = 工作和生意
screener-step-work-lead = 有些项目帮助经营小生意的人，或者在美国军队服过役的人。
screener-step-legal = 法律方面的情况
screener-step-legal-lead = 我们问这个问题，只是为了告诉您哪里有免费的法律帮助。您可以跳过。
screener-step-citizenship = 入籍查询
screener-step-citizenship-lead = 这一部分只适用于永久居民（持有绿卡的人），帮助他们了解什么时候可以申请成为美国公民。如果这不是您的情况，或者您不想回答，请跳过。
screener-citizenship-skip-all = 跳过这一部分，查看结果
screener-q-state = 您住在哪个州？
screener-q-lives-in-city = 您住在 { $city } 市吗？
screener-q-lives-in-county = 您住在 { $county } 吗？
screener-q-lives-in-county-hint = 县的范围包括本市。
screener-q-has-photo-identity-document = 您有任何国家发的带照片的身份证件吗？
screener-q-has-photo-identity-document-hint = 例如护照、领事馆身份证或驾照，哪个国家发的都可以。
screener-q-has-proof-of-city-address = 您能提供在本市居住的地址证明吗？
screener-q-has-proof-of-city-address-hint = 例如租房合同、水电煤气账单、银行对账单，或者庇护所、非营利机构开的信。
screener-q-age = 您多大年纪？
screener-q-enrolled-in-high-school = 您现在在读高中吗？
screener-q-enrolled-in-high-school-hint = 只有在您 16 岁或 17 岁时，这个问题才有关系。
screener-q-household-size = 您家里一共住几个人（包括您自己）？
screener-members-hint = 您最多可以填写和您同住的另外 5 个人的情况。某个人不想填，就留空跳过。
screener-q-relationship = 和您的关系
screener-q-member-age = 年龄
screener-relationship-spouse = 配偶
screener-relationship-child = 子女
screener-relationship-parent = 父亲或母亲
screener-relationship-sibling = 兄弟姐妹
screener-relationship-other = 其他
screener-q-household-annual-income = 您全家一年的总收入是多少（税前）？
screener-q-household-annual-income-hint = 以美元计算，算上您家里所有人的收入。填大概的数字就可以。
screener-q-receives-means-tested-benefit = 家里有人领取根据收入发放的福利吗？
screener-q-receives-means-tested-benefit-hint = 例如 Medicaid（白卡／联邦医疗补助）、SNAP（食品券）、SSI、TANF 或住房补助。
screener-q-receives-snap-or-wic = 家里有人领取 SNAP（食品券）或 WIC 吗？
screener-q-extreme-financial-hardship = 您现在有严重的经济困难吗？
screener-q-extreme-financial-hardship-hint = 例如大笔医疗账单、失去工作，或者遇到灾害。
screener-q-runs-or-plans-small-business = 您在经营小生意，或者打算开一个吗？
screener-q-runs-or-plans-small-business-hint = 推车卖食物或在家卖食物也算。
screener-q-military-service = 您现在是否在美国军队服役，或者以前服过役？
screener-q-facing-removal-proceedings = 您在移民法庭有案子吗？
screener-q-facing-removal-proceedings-hint = 例如，您收到过“出庭通知”（Notice to Appear）。免费律师也许可以为您辩护。
screener-q-permanent-resident-since = 您是什么时候成为永久居民的？
screener-q-permanent-resident-since-hint = 就是您绿卡上“Resident since”（居民起始日期）的日期。
screener-q-lives-in-state-since = 您从什么时候开始住在现在这个州？
screener-q-married = 您结婚了吗？
screener-q-spouse-is-us-citizen = 您的配偶是美国公民吗？
screener-q-married-to-citizen-since = 您从什么时候开始和您的美国公民配偶结婚并一起生活？
screener-q-days-outside-us-last-5y = 在过去 5 年里，您一共有多少天不在美国？
screener-q-days-outside-us-last-5y-hint = 填大概的天数就可以：6 个月大约是 180 天。
screener-q-longest-trip-days-last-5y = 在过去 5 年里，您离开美国时间最长的一次是多少天？
screener-q-days-outside-us-last-3y = 在过去 3 年里，您一共有多少天不在美国？
screener-q-longest-trip-days-last-3y = 在过去 3 年里，您离开美国时间最长的一次是多少天？
screener-results-title = 可能帮到您的项目
screener-results-lead = 根据您的回答，查询日期：{ $date }。
screener-likely-heading = 很可能符合
screener-likely-hint = 根据您的回答，您很可能符合资格。请联系下面的服务来申请。
screener-maybe-heading = 也许符合
screener-maybe-hint = 我们还需要多一点信息才能判断。服务协助员可以帮助您。
screener-unlikely-heading = { $count ->
   *[other] 其他项目（{ $count }）
}
screener-unlikely-hint = 根据您的回答，这些项目可能性较小。但规定有例外：服务协助员可以和您一起再确认。
screener-group-empty = 根据您目前的回答，暂时没有。
screener-needs = 我们还需要知道：{ $facts }。
screener-why = 原因
screener-amount = 金额：{ $amount }
screener-threshold = 使用的数字：{ $value }（来源：{ $sources }）。
screener-threshold-dated = 使用的数字：{ $value }（来源：{ $sources }；从 { $date } 起生效）。
screener-check-legal-provider = 请咨询法律服务机构。
screener-flag-review = 其中一部分需要法律服务机构来看：请咨询法律服务机构。
screener-flag-borderline = 您的回答正好在界限上，而不同来源对这个界限的说法不一样：请咨询法律服务机构。
screener-flag-single-source = 这里用到的一个数字只有一个来源，我们没能核对：请咨询法律服务机构。
screener-flag-no-parameter = 我们没有今天适用的数字：请咨询法律服务机构。
screener-flag-unverified = 这里用到的一个数字还没有得到确认：请咨询法律服务机构。
screener-services = 到哪里获得帮助
screener-services-none = 这个项目暂时还没有列出服务。请拨打 211 寻求帮助。
screener-more-services = 寻找更多类似的服务
screener-change-answers = 修改您的回答
screener-start-over = 清空所有回答，重新开始
screener-unit-years = { $n ->
   *[other] { $n } 年
}
screener-unit-months = { $n ->
   *[other] { $n } 个月
}
screener-unit-days = { $n ->
   *[other] { $n } 天
}
fact-age = 您的年龄
fact-relationship = 每个人和您的关系
fact-receives-means-tested-benefit = 是否有人领取根据收入发放的福利
fact-household-size = 您家里住几个人
fact-household-annual-income = 您家庭的收入
fact-household-income-pct-fpg = 您家庭的收入和贫困线相比的情况
fact-state = 您住的州
fact-lives-in-city = 您是否住在本市
fact-permanent-resident-since = 您成为永久居民的日期
fact-years-as-permanent-resident = 您当永久居民有多长时间
fact-married = 您是否已婚
fact-spouse-is-us-citizen = 您的配偶是否是美国公民
fact-married-to-citizen-since = 您从什么时候开始和美国公民配偶结婚
fact-lives-in-state-since = 您从什么时候开始住在现在的州
fact-days-outside-us-last-5y = 过去 5 年里您不在美国的天数
fact-days-outside-us-last-3y = 过去 3 年里您不在美国的天数
fact-longest-trip-days-last-5y = 过去 5 年里您离开美国时间最长的一次
fact-longest-trip-days-last-3y = 过去 3 年里您离开美国时间最长的一次
fact-facing-removal-proceedings = 您在移民法庭是否有案子
fact-military-service = 您是否在美国军队服过役
fact-extreme-financial-hardship = 您是否有严重的经济困难
fact-lives-in-county = 您是否住在本县
fact-enrolled-in-high-school = 您是否在读高中
fact-receives-snap-or-wic = 是否有人领取 SNAP 或 WIC
fact-runs-or-plans-small-business = 您是否在经营或打算开办小生意
fact-has-photo-identity-document = 您是否有带照片的身份证件
fact-has-proof-of-city-address = 您能否提供在本市的地址证明
rule-all = 以下各项都符合。
rule-any = 以下至少有一项符合。
rule-not = 这一项不符合。
rule-any-member = 您家里有人符合这一项。
rule-all-members = 您家里每个人都符合这一项。
rule-is-true = { $verdict ->
    [likely] 是：{ $fact }。
   *[other] 不是这样：{ $fact }。
}
rule-is-false = { $verdict ->
    [likely] 不是这样：{ $fact }。
   *[other] 是：{ $fact }。
}
rule-one-of = { $fact }：{ $value }。
rule-compare-at-least = { $fact }：{ $value }（至少需要 { $threshold }）。
rule-compare-at-most = { $fact }：{ $value }（最多 { $threshold }）。
rule-compare-greater-than = { $fact }：{ $value }（需要超过 { $threshold }）。
rule-compare-less-than = { $fact }：{ $value }（需要少于 { $threshold }）。
rule-compare-equals = { $fact }：{ $value }（需要 { $threshold }）。
rule-income-at-most-fpg-percent = { $verdict ->
    [likely] 您家庭的收入（每年 { $income }，家里 { $household-size } 口人）等于或低于 { $year } 年联邦贫困线的 { $limit-percent }%：{ $limit }。
    [unlikely] 您家庭的收入（每年 { $income }，家里 { $household-size } 口人）高于 { $year } 年联邦贫困线的 { $limit-percent }%：{ $limit }。
   *[other] 您家庭的收入（每年 { $income }，家里 { $household-size } 口人）接近 { $year } 年联邦贫困线的 { $limit-percent }%：{ $limit }。
}
rule-income-at-least-fpg-percent = { $verdict ->
    [likely] 您家庭的收入（每年 { $income }，家里 { $household-size } 口人）等于或高于 { $year } 年联邦贫困线的 { $limit-percent }%：{ $limit }。
   *[other] 您家庭的收入（每年 { $income }，家里 { $household-size } 口人）低于 { $year } 年联邦贫困线的 { $limit-percent }%：{ $limit }。
}
rule-income-greater-than-fpg-percent = { $verdict ->
    [likely] 您家庭的收入（每年 { $income }，家里 { $household-size } 口人）高于 { $year } 年联邦贫困线的 { $limit-percent }%：{ $limit }。
   *[other] 您家庭的收入（每年 { $income }，家里 { $household-size } 口人）没有高于 { $year } 年联邦贫困线的 { $limit-percent }%：{ $limit }。
}
rule-income-less-than-fpg-percent = { $verdict ->
    [likely] 您家庭的收入（每年 { $income }，家里 { $household-size } 口人）低于 { $year } 年联邦贫困线的 { $limit-percent }%：{ $limit }。
   *[other] 您家庭的收入（每年 { $income }，家里 { $household-size } 口人）没有低于 { $year } 年联邦贫困线的 { $limit-percent }%：{ $limit }。
}
rule-income-equals-fpg-percent = 您家庭的收入（每年 { $income }，家里 { $household-size } 口人）与 { $year } 年联邦贫困线的 { $limit-percent }% 相比：{ $limit }。
rule-elapsed-since = { $verdict ->
    [likely] 从 { $since } 起：已在 { $date } 满 { $period }。
   *[other] 从 { $since } 起：将在 { $date } 满 { $period }。
}
rule-physical-presence = 在过去 { $window-days } 里，您在美国的时间是 { $days-present }：至少需要 { $threshold }。
rule-continuous-residence = { $band ->
    [short] 您离开美国时间最长的一次（{ $days }）不到 6 个月。
    [presumption] 您离开美国时间最长的一次（{ $days }）超过 6 个月：除非您能证明并非如此，否则这可能会中断“连续居住”。请咨询法律服务机构。
    [possible-break] 您离开美国时间最长的一次（{ $days }）可能达到 1 年或更长：请咨询法律服务机构。
   *[break] 您离开美国时间最长的一次（{ $days }）达到 1 年或更长：这通常会中断“连续居住”。请咨询法律服务机构。
}
rule-n400-path-general = 永久居民满 5 年申请入籍的途径。
rule-n400-path-spouse = 美国公民的配偶满 3 年申请入籍的途径。
rule-n400-min-age = { $verdict ->
    [likely] 您的年龄为 { $value }：至少要满 { $threshold } 才能申请。
   *[other] 您的年龄为 { $value }：必须年满 { $threshold } 才能申请。
}
rule-n400-earliest-filing = { $verdict ->
    [likely] 按 5 年途径，您从 { $date } 起就可以递交申请（从 { $since } 成为永久居民起满 { $period }，可提前 { $early-days }）：这个日期已经过了。
   *[other] 按 5 年途径，最早可以递交申请的日期是 { $date }（从 { $since } 成为永久居民起满 { $period }，可提前 { $early-days }）。
}
rule-n400-earliest-filing-spouse = { $verdict ->
    [likely] 按美国公民配偶 3 年途径，您从 { $date } 起就可以递交申请（从 { $since } 成为永久居民起满 { $period }，可提前 { $early-days }）：这个日期已经过了。
   *[other] 按美国公民配偶 3 年途径，最早可以递交申请的日期是 { $date }（从 { $since } 成为永久居民起满 { $period }，可提前 { $early-days }）。
}
rule-n400-state-residence = { $verdict ->
    [likely] 您从 { $since } 起住在现在的州：至少需要住满 { $period }。
   *[other] 您从 { $since } 起住在现在的州：需要住满 { $period }，将在 { $date } 住满。
}
rule-n400-married = { $verdict ->
    [likely] 您已经结婚。
   *[other] 您说您没有结婚，所以美国公民配偶 3 年途径不适用。
}
rule-n400-spouse-citizen = { $verdict ->
    [likely] 您的配偶是美国公民。
   *[other] 您说您的配偶不是美国公民，所以美国公民配偶 3 年途径不适用。
}
rule-n400-marital-union = { $verdict ->
    [likely] 您从 { $since } 起和您的美国公民配偶结婚并一起生活：至少需要 { $period }。
   *[other] 您从 { $since } 起和您的美国公民配偶结婚并一起生活：需要 { $period }，将在 { $date } 满。
}
rule-n400-fee-waiver-benefit = { $verdict ->
    [likely] { $person ->
        [you] 您领取根据收入发放的福利。
       *[member] { $who } 领取根据收入发放的福利。
    }
   *[other] { $person ->
        [you] 您没有领取根据收入发放的福利。
       *[member] { $who } 没有领取根据收入发放的福利。
    }
}
rule-n400-fee-waiver-benefit-relative = { $verdict ->
    [likely] { $person ->
        [you] 您自己领取的福利可以作为依据。
       *[member] { $who } 是您的配偶或子女：他们领取的福利可以作为依据。
    }
   *[other] { $who } 不是您的配偶或子女：其他亲属的情况，请咨询法律服务机构。
}
rule-n400-fee-waiver-benefit-parent-or-sibling = 您家里的父亲、母亲或兄弟姐妹领取根据收入发放的福利：这可能可以作为依据。请咨询法律服务机构。
rule-n400-fee-waiver-hardship = { $verdict ->
    [unlikely] 您没有说您有严重的经济困难。
   *[other] 您有严重的经济困难：法律服务机构可以帮您证明“极端经济困难”。
}
rule-n400-fee-military = { $verdict ->
    [likely] 您现在或以前在美国军队服役：可能不用交申请费。
   *[other] 您说您没有在美国军队服过役。
}
rule-n400-fee-full-not-military = { $verdict ->
    [likely] 您说您没有在美国军队服过役。
   *[other] 您现在或以前在美国军队服役，所以可能可以免交申请费。
}
rule-n400-fee-full-income-over-reduced-limit = 您家庭的收入超过了减收申请费的收入上限。
rule-city-resident = { $verdict ->
    [likely] 您住在本市。
   *[other] 您说您不住在本市。
}
rule-county-resident = { $verdict ->
    [likely] 您住在本县。
   *[other] 您说您不住在本县。
}
rule-city-or-county-resident = { $verdict ->
    [likely] 您住在本市或本县。
   *[other] 您说您既不住在本市，也不住在本县。
}
rule-city-id-min-age = 您的年龄为 { $value }：这种身份证发给 { $threshold } 及以上的人。
rule-city-id-photo-identity = { $verdict ->
    [likely] 您有某个国家发的带照片的身份证件。
   *[other] 您说您没有带照片的身份证件。服务协助员可以告诉您还有哪些文件可能被接受。
}
rule-city-id-proof-of-address = { $verdict ->
    [likely] 您能提供在本市的地址证明。
   *[other] 您说您无法提供地址证明。庇护所或非营利机构开的信也可能可以用：请问服务协助员。
}
rule-esl-age = { $verdict ->
    [likely] 您的年龄符合上课要求。
   *[other] 这些课程是为成年人，以及不在读高中的 16 岁或 17 岁青少年开设的。
}
rule-esl-adult = { $verdict ->
    [likely] 您的年龄为 { $value }：这些课程是为 { $threshold } 及以上的成年人开设的。
   *[other] 您的年龄为 { $value }：成人课程从 { $threshold } 开始。
}
rule-esl-teen-out-of-school = { $verdict ->
    [likely] 您是没有在读高中的青少年：可以参加。
   *[other] 青少年只有在没有读高中的情况下才能参加。
}
rule-esl-min-age = { $verdict ->
    [likely] 您的年龄为 { $value }：至少需要 { $threshold }。
   *[other] 您的年龄为 { $value }：课程从 { $threshold } 开始。
}
rule-esl-not-in-high-school = { $verdict ->
    [likely] 您没有在读高中。
   *[other] 您在读高中：您的学校会提供英语辅导。
}
rule-food-snap-or-wic = { $verdict ->
    [likely] { $person ->
        [you] 您领取 SNAP 或 WIC。
       *[member] { $who } 领取 SNAP 或 WIC。
    }
   *[other] { $person ->
        [you] 您没有领取 SNAP 或 WIC。
       *[member] { $who } 没有领取 SNAP 或 WIC。
    }
}
rule-food-snap-or-wic-household = { $verdict ->
    [likely] 您家里有人领取 SNAP 或 WIC。
   *[other] 您家里没有人领取 SNAP 或 WIC。
}
rule-facing-removal-proceedings = { $verdict ->
    [likely] 您在移民法庭有案子：这个基金会出钱请律师为您辩护。
   *[other] 您说您在移民法庭没有案子。
}
rule-small-business-owner = { $verdict ->
    [likely] 您在经营或打算开办小生意。
   *[other] 您说您没有经营小生意，也不打算开办。
}
rule-n400-fee-waiver-benefit-parent-relative = { $verdict ->
    [likely] { $who }是您的父母或兄弟姐妹：其福利可能可以计算在内。
   *[other] { $person ->
        [you] 这一部分是关于与您同住的父母或兄弟姐妹。
       *[member] { $who }不是您的父母或兄弟姐妹。
    }
}
