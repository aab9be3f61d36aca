# Puerta، صفحات للمقيمين: العربية — التحقق من البرامج.
# review-state: draft
# Machine-drafted by the Puerta team; not yet reviewed by a fluent speaker.
# صاغها فريق Puerta آليًا؛ لم يراجعها بعدُ متحدث يتقن اللغة.

## Screener

home-screener-heading = برامج قد تكون مؤهلًا لها
home-screener-body = أجب عن بضعة أسئلة قصيرة لترى البرامج التي قد تساعدك وأين تحصل عليها. كل الأسئلة اختيارية، ولا نحفظ أي شيء تكتبه.
home-screener-link = ابدأ التحقق من البرامج
screener-title = التحقق من البرامج
screener-intro-heading = ما البرامج التي قد تساعدك؟
screener-intro-lead = أجب عن بضعة أسئلة قصيرة، موضوعًا بعد موضوع. سنعرض لك البرامج التي قد تساعدك، وسبب ذلك، والخدمات التي يمكنها أن تساعدك في التقديم.
screener-intro-optional = كل الأسئلة اختيارية: يمكنك أن تتخطى أي سؤال أو موضوع لا تريد الإجابة عنه.
screener-intro-not-stored = لا نحفظ أي شيء تكتبه: تبقى إجاباتك فقط في عنوان هذه الصفحة، وتختفي عندما تغلقها.
screener-intro-no-status = لا نسأل عن وضعك من حيث الهجرة. فقط القسم الأخير، وهو تحقق من الأهلية للجنسية خاص بالمقيمين الدائمين (أصحاب البطاقة الخضراء green card)، يسأل عن بطاقتك الخضراء، وهو اختياري.
screener-intro-shared-device = إذا كنت تستخدم حاسوبًا مشتركًا، أغلق نافذة المتصفح عندما تنتهي.
screener-not-legal-advice = هذه معلومات عامة، وليست استشارة قانونية. فقط البرنامج نفسه، أو محامٍ، أو ممثل معتمد من وزارة العدل (DOJ)، يمكنه أن يخبرك بشكل مؤكد.
screener-start = ابدأ
screener-step-of = الخطوة { $step } من { $total }
screener-next = التالي
screener-skip = تخطَّ هذا الموضوع
screener-back = رجوع
screener-see-results = اعرض النتائج
screener-optional = اختياري
screener-yes = نعم
screener-no = لا
screener-not-sure = تخطَّ / لست متأكدًا
screener-choose = تخطَّ / اختر إجابة
screener-invalid = لم نتمكن من قراءة إحدى الإجابات في هذه الصفحة، فتركناها جانبًا. يُرجى التأكد منها، أو اتركها فارغة.
screener-invalid-some = لم نتمكن من قراءة بعض إجاباتك، فتركناها جانبًا. يمكنك تغيير إجاباتك في الأسفل.
screener-you = أنت
screener-member = الشخص رقم { $n } في أسرتك
screener-city = Sycamore Falls
screener-county = مقاطعة Ashgrove
screener-step-place = أين تسكن
screener-step-place-lead = برامج كثيرة مخصصة للأشخاص الذين يسكنون في المدينة أو في المقاطعة.
screener-step-household = العمر والأسرة
screener-step-household-lead = أسرتك هي الأشخاص الذين يعيشون معك ويتشاركون معك الطعام أو المال.
screener-step-income = الدخل والمساعدات
screener-step-income-lead = بعض البرامج مخصصة للأسر ذات الدخل المنخفض. يكفي رقم تقريبي.
screener-step-work = العمل والمشاريع التجارية
screener-step-work-lead = بعض البرامج تساعد الأشخاص الذين لديهم مشروع تجاري صغير أو الذين خدموا في الجيش.
screener-step-legal = الوضع القانوني
screener-step-legal-lead = نسأل هذا فقط لنرشدك إلى مساعدة قانونية مجانية. يمكنك أن تتخطاه.
screener-step-citizenship = التحقق من الأهلية للجنسية
screener-step-citizenship-lead = هذا القسم فقط للمقيمين الدائمين (أصحاب البطاقة الخضراء) الذين يريدون أن يعرفوا متى يمكنهم التقديم للحصول على الجنسية الأمريكية (التجنّس). إذا لم يكن هذا وضعك، أو إذا كنت تفضّل ألا تجيب، فتخطَّه.
screener-citizenship-skip-all = تخطَّ هذا القسم واعرض نتائجك
screener-q-state = في أي ولاية تسكن؟
screener-q-lives-in-city = هل تسكن في مدينة ⁨{ $city }⁩؟
screener-q-lives-in-county = هل تسكن في ⁨{ $county }⁩؟
screener-q-lives-in-county-hint = المقاطعة تشمل المدينة.
screener-q-has-photo-identity-document = هل لديك بطاقة هوية عليها صورتك من أي بلد؟
screener-q-has-photo-identity-document-hint = مثلًا جواز سفر، أو بطاقة قنصلية، أو رخصة قيادة، من أي بلد.
screener-q-has-proof-of-city-address = هل يمكنك أن تُظهر إثباتًا لعنوانك في المدينة؟
screener-q-has-proof-of-city-address-hint = مثلًا عقد إيجار، أو فاتورة كهرباء أو ماء أو غاز، أو كشف حساب بنكي، أو رسالة من مأوى أو من منظمة غير ربحية.
screener-q-age = كم عمرك؟
screener-q-enrolled-in-high-school = هل تدرس الآن في المدرسة الثانوية (high school)؟
screener-q-enrolled-in-high-school-hint = هذا مهم فقط إذا كان عمرك 16 أو 17 سنة.
screener-q-household-size = كم شخصًا يعيش في أسرتك، وأنت منهم؟
screener-members-hint = يمكنك أن تخبرنا عن 5 أشخاص آخرين على الأكثر يعيشون معك. اترك خانات الشخص فارغة لتتخطاه.
screener-q-relationship = صلة القرابة بك
screener-q-member-age = العمر
screener-relationship-spouse = الزوج أو الزوجة
screener-relationship-child = ابن أو ابنة
screener-relationship-parent = أب أو أم
screener-relationship-sibling = أخ أو أخت
screener-relationship-other = غير ذلك
screener-q-household-annual-income = كم مجموع دخل أسرتك في السنة، قبل الضرائب؟
screener-q-household-annual-income-hint = بالدولار الأمريكي، لكل أفراد أسرتك معًا. يكفي رقم تقريبي.
screener-q-receives-means-tested-benefit = هل يحصل أي شخص في أسرتك على مساعدة تعتمد على الدخل؟
screener-q-receives-means-tested-benefit-hint = مثلًا Medicaid، أو SNAP (قسائم الطعام)، أو SSI، أو TANF، أو مساعدة في السكن.
screener-q-receives-snap-or-wic = هل يحصل أي شخص في أسرتك على SNAP (قسائم الطعام) أو WIC؟
screener-q-extreme-financial-hardship = هل تواجه الآن مشاكل مالية كبيرة؟
screener-q-extreme-financial-hardship-hint = مثلًا فواتير طبية كبيرة، أو فقدان عملك، أو كارثة.
screener-q-runs-or-plans-small-business = هل لديك مشروع تجاري صغير، أو تخطط لبدء مشروع؟
screener-q-runs-or-plans-small-business-hint = بيع الطعام من عربة أو من البيت يُحسب أيضًا.
screener-q-military-service = هل تخدم، أو هل خدمت، في القوات المسلحة الأمريكية؟
screener-q-facing-removal-proceedings = هل لديك قضية في محكمة الهجرة؟
screener-q-facing-removal-proceedings-hint = مثلًا، وصلك «إشعار بالمثول أمام المحكمة» (Notice to Appear). قد يستطيع محامٍ مجاني أن يدافع عنك.
screener-q-permanent-resident-since = متى أصبحت مقيمًا دائمًا؟
screener-q-permanent-resident-since-hint = التاريخ المكتوب بجانب «Resident since» على بطاقتك الخضراء.
screener-q-lives-in-state-since = منذ متى تسكن في ولايتك الحالية؟
screener-q-married = هل أنت متزوج؟
screener-q-spouse-is-us-citizen = هل زوجك أو زوجتك مواطن أمريكي؟
screener-q-married-to-citizen-since = منذ متى أنت متزوج من زوجك أو زوجتك الذي يحمل الجنسية الأمريكية وتعيشان معًا؟
screener-q-days-outside-us-last-5y = في آخر 5 سنوات، كم يومًا قضيت خارج الولايات المتحدة في المجموع؟
screener-q-days-outside-us-last-5y-hint = يكفي عدد تقريبي بالأيام: 6 أشهر تساوي 180 يومًا تقريبًا.
screener-q-longest-trip-days-last-5y = في آخر 5 سنوات، كم يومًا استمرت أطول رحلة لك خارج الولايات المتحدة؟
screener-q-days-outside-us-last-3y = في آخر 3 سنوات، كم يومًا قضيت خارج الولايات المتحدة في المجموع؟
screener-q-longest-trip-days-last-3y = في آخر 3 سنوات، كم يومًا استمرت أطول رحلة لك خارج الولايات المتحدة؟
screener-results-title = برامج قد تساعدك
screener-results-lead = بناءً على إجاباتك، بتاريخ { $date }.
screener-likely-heading = مرجَّح
screener-likely-hint = بناءً على إجاباتك، من المرجح أن تكون مؤهلًا. تواصل مع إحدى الخدمات في الأسفل لتقدّم طلبك.
screener-maybe-heading = ربما
screener-maybe-hint = نحتاج إلى معلومات أكثر قليلًا لنعرف. يمكن لمرشد (navigator) أن يساعدك.
screener-unlikely-heading = { $count ->
    [one] برامج أخرى (1)
   *[other] برامج أخرى ({ $count })
}
screener-unlikely-hint = بناءً على إجاباتك، هذه البرامج أقل ترجيحًا. لكن للقواعد استثناءات: يمكن لمرشد أن يراجعها معك.
screener-group-empty = لا يوجد شيء حتى الآن بناءً على إجاباتك.
screener-needs = نحتاج إلى أن نعرف: { $facts }.
screener-why = السبب
screener-amount = المبلغ: ⁨{ $amount }⁩
screener-threshold = الرقم المستخدم: ⁨{ $value }⁩ (المصدر: ⁨{ $sources }⁩).
screener-threshold-dated = الرقم المستخدم: ⁨{ $value }⁩ (المصدر: ⁨{ $sources }⁩؛ ساري المفعول منذ { $date }).
screener-check-legal-provider = استشر مقدِّم خدمات قانونية.
screener-flag-review = يجب أن يراجع مقدِّم خدمات قانونية جزءًا من هذا: استشر مقدِّم خدمات قانونية.
screener-flag-borderline = إجابتك تساوي الحد تمامًا، والمصادر تصوغ هذا الحد بطرق مختلفة: استشر مقدِّم خدمات قانونية.
screener-flag-single-source = أحد الأرقام المستخدمة هنا يأتي من مصدر واحد فقط لم نتمكن من مقارنته بمصدر آخر: استشر مقدِّم خدمات قانونية.
screener-flag-no-parameter = ليس لدينا الرقم الساري اليوم: استشر مقدِّم خدمات قانونية.
screener-flag-unverified = أحد الأرقام المستخدمة هنا لم يتأكد بعد: استشر مقدِّم خدمات قانونية.
screener-services = أين تجد المساعدة
screener-services-none = لا توجد خدمة مذكورة لهذا البرنامج بعد. اتصل بالرقم 211 للمساعدة.
screener-more-services = ابحث عن خدمات أخرى مثل هذه
screener-change-answers = غيّر إجاباتك
screener-start-over = ابدأ من جديد بدون إجابات
screener-unit-years = { $n ->
    [zero] { $n } سنة
    [one] سنة واحدة
    [two] سنتين
    [few] { $n } سنوات
    [many] { $n } سنةً
   *[other] { $n } سنة
}
screener-unit-months = { $n ->
    [zero] { $n } شهر
    [one] شهر واحد
    [two] شهرين
    [few] { $n } أشهر
    [many] { $n } شهرًا
   *[other] { $n } شهر
}
screener-unit-days = { $n ->
    [zero] { $n } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $n } أيام
    [many] { $n } يومًا
   *[other] { $n } يوم
}
fact-age = عمرك
fact-relationship = صلة قرابة كل شخص بك
fact-receives-means-tested-benefit = ما إذا كان أي شخص يحصل على مساعدة تعتمد على الدخل
fact-household-size = عدد الأشخاص الذين يعيشون في أسرتك
fact-household-annual-income = دخل أسرتك
fact-household-income-pct-fpg = دخل أسرتك مقارنةً بالحد الفيدرالي للفقر
fact-state = ولايتك
fact-lives-in-city = ما إذا كنت تسكن في المدينة
fact-permanent-resident-since = تاريخ حصولك على الإقامة الدائمة
fact-years-as-permanent-resident = منذ كم من الوقت أنت مقيم دائم
fact-married = ما إذا كنت متزوجًا
fact-spouse-is-us-citizen = ما إذا كان زوجك أو زوجتك مواطنًا أمريكيًا
fact-married-to-citizen-since = منذ متى أنت متزوج من زوجك أو زوجتك الذي يحمل الجنسية الأمريكية
fact-lives-in-state-since = منذ متى تسكن في ولايتك
fact-days-outside-us-last-5y = عدد أيامك خارج الولايات المتحدة في آخر 5 سنوات
fact-days-outside-us-last-3y = عدد أيامك خارج الولايات المتحدة في آخر 3 سنوات
fact-longest-trip-days-last-5y = أطول رحلة لك خارج الولايات المتحدة في آخر 5 سنوات
fact-longest-trip-days-last-3y = أطول رحلة لك خارج الولايات المتحدة في آخر 3 سنوات
fact-facing-removal-proceedings = ما إذا كانت لديك قضية في محكمة الهجرة
fact-military-service = ما إذا كنت قد خدمت في القوات المسلحة الأمريكية
fact-extreme-financial-hardship = ما إذا كنت تواجه مشاكل مالية كبيرة
fact-lives-in-county = ما إذا كنت تسكن في المقاطعة
fact-enrolled-in-high-school = ما إذا كنت تدرس في المدرسة الثانوية
fact-receives-snap-or-wic = ما إذا كان أي شخص يحصل على SNAP أو WIC
fact-runs-or-plans-small-business = ما إذا كان لديك مشروع تجاري صغير أو تخطط لبدء مشروع
fact-has-photo-identity-document = ما إذا كانت لديك بطاقة هوية عليها صورتك
fact-has-proof-of-city-address = ما إذا كان يمكنك أن تُظهر إثباتًا لعنوانك في المدينة
rule-all = كل هذه الشروط تنطبق.
rule-any = ينطبق واحد على الأقل من هذه الشروط.
rule-not = هذا لا ينطبق.
rule-any-member = شخص واحد على الأقل في أسرتك يستوفي هذا الشرط.
rule-all-members = كل الأشخاص في أسرتك يستوفون هذا الشرط.
rule-is-true = { $verdict ->
    [likely] نعم: { $fact }.
   *[other] لا ينطبق: { $fact }.
}
rule-is-false = { $verdict ->
    [likely] لا ينطبق: { $fact }.
   *[other] نعم: { $fact }.
}
rule-one-of = { $fact }: ⁨{ $value }⁩.
rule-compare-at-least = { $fact }: ⁨{ $value }⁩ (يلزم ⁨{ $threshold }⁩ على الأقل).
rule-compare-at-most = { $fact }: ⁨{ $value }⁩ (⁨{ $threshold }⁩ على الأكثر).
rule-compare-greater-than = { $fact }: ⁨{ $value }⁩ (يلزم أكثر من ⁨{ $threshold }⁩).
rule-compare-less-than = { $fact }: ⁨{ $value }⁩ (يلزم أقل من ⁨{ $threshold }⁩).
rule-compare-equals = { $fact }: ⁨{ $value }⁩ (يلزم ⁨{ $threshold }⁩).
rule-income-at-most-fpg-percent = { $verdict ->
    [likely] دخل أسرتك (⁨{ $income }⁩ في السنة، وعدد أفراد الأسرة { $household-size }) يساوي ⁨{ $limit-percent }%⁩ أو أقل من الحد الفيدرالي للفقر لعام { $year }: ⁨{ $limit }⁩.
    [unlikely] دخل أسرتك (⁨{ $income }⁩ في السنة، وعدد أفراد الأسرة { $household-size }) أعلى من ⁨{ $limit-percent }%⁩ من الحد الفيدرالي للفقر لعام { $year }: ⁨{ $limit }⁩.
   *[other] دخل أسرتك (⁨{ $income }⁩ في السنة، وعدد أفراد الأسرة { $household-size }) قريب من ⁨{ $limit-percent }%⁩ من الحد الفيدرالي للفقر لعام { $year }: ⁨{ $limit }⁩.
}
rule-income-at-least-fpg-percent = { $verdict ->
    [likely] دخل أسرتك (⁨{ $income }⁩ في السنة، وعدد أفراد الأسرة { $household-size }) يساوي ⁨{ $limit-percent }%⁩ أو أكثر من الحد الفيدرالي للفقر لعام { $year }: ⁨{ $limit }⁩.
   *[other] دخل أسرتك (⁨{ $income }⁩ في السنة، وعدد أفراد الأسرة { $household-size }) أقل من ⁨{ $limit-percent }%⁩ من الحد الفيدرالي للفقر لعام { $year }: ⁨{ $limit }⁩.
}
rule-income-greater-than-fpg-percent = { $verdict ->
    [likely] دخل أسرتك (⁨{ $income }⁩ في السنة، وعدد أفراد الأسرة { $household-size }) أعلى من ⁨{ $limit-percent }%⁩ من الحد الفيدرالي للفقر لعام { $year }: ⁨{ $limit }⁩.
   *[other] دخل أسرتك (⁨{ $income }⁩ في السنة، وعدد أفراد الأسرة { $household-size }) ليس أعلى من ⁨{ $limit-percent }%⁩ من الحد الفيدرالي للفقر لعام { $year }: ⁨{ $limit }⁩.
}
rule-income-less-than-fpg-percent = { $verdict ->
    [likely] دخل أسرتك (⁨{ $income }⁩ في السنة، وعدد أفراد الأسرة { $household-size }) أقل من ⁨{ $limit-percent }%⁩ من الحد الفيدرالي للفقر لعام { $year }: ⁨{ $limit }⁩.
   *[other] دخل أسرتك (⁨{ $income }⁩ في السنة، وعدد أفراد الأسرة { $household-size }) ليس أقل من ⁨{ $limit-percent }%⁩ من الحد الفيدرالي للفقر لعام { $year }: ⁨{ $limit }⁩.
}
rule-income-equals-fpg-percent = دخل أسرتك (⁨{ $income }⁩ في السنة، وعدد أفراد الأسرة { $household-size }) مقارنةً بـ ⁨{ $limit-percent }%⁩ من الحد الفيدرالي للفقر لعام { $year }: ⁨{ $limit }⁩.
rule-elapsed-since = { $verdict ->
    [likely] منذ { $since }: اكتملت مدة { $period } في { $date }.
   *[other] منذ { $since }: ستكتمل مدة { $period } في { $date }.
}
rule-physical-presence = { $verdict ->
    [likely] كنت موجودًا في الولايات المتحدة { $days-present } من آخر { $window-days }: يلزم { $threshold } على الأقل.
   *[other] كنت موجودًا في الولايات المتحدة { $days-present } من آخر { $window-days }: يلزم { $threshold } على الأقل.
}
rule-continuous-residence = { $band ->
    [short] أطول رحلة لك خارج الولايات المتحدة ({ $days }) كانت أقصر من 6 أشهر.
    [presumption] أطول رحلة لك خارج الولايات المتحدة ({ $days }) كانت أطول من 6 أشهر: قد يقطع هذا «الإقامة المستمرة» (continuous residence) إلا إذا استطعت أن تُثبت عكس ذلك. استشر مقدِّم خدمات قانونية.
    [possible-break] أطول رحلة لك خارج الولايات المتحدة ({ $days }) ربما استمرت سنة واحدة أو أكثر: استشر مقدِّم خدمات قانونية.
   *[break] أطول رحلة لك خارج الولايات المتحدة ({ $days }) استمرت سنة واحدة أو أكثر: هذا يقطع «الإقامة المستمرة» (continuous residence) في العادة. استشر مقدِّم خدمات قانونية.
}
rule-n400-path-general = مسار الخمس سنوات للمقيمين الدائمين.
rule-n400-path-spouse = مسار الثلاث سنوات لأزواج وزوجات المواطنين الأمريكيين.
rule-n400-min-age = { $verdict ->
    [likely] عمرك { $value }: يلزم أن يكون العمر { $threshold } على الأقل لتقديم الطلب.
   *[other] عمرك { $value }: يجب أن يكون عمرك { $threshold } على الأقل لتقديم الطلب.
}
rule-n400-earliest-filing = { $verdict ->
    [likely] في مسار الخمس سنوات، كان يمكنك تقديم الطلب ابتداءً من { $date } ({ $period } من الإقامة الدائمة منذ { $since }، مطروحًا منها { $early-days }): وقد مضى هذا التاريخ.
   *[other] في مسار الخمس سنوات، أقرب تاريخ يمكنك فيه تقديم الطلب هو { $date } ({ $period } من الإقامة الدائمة منذ { $since }، مطروحًا منها { $early-days }).
}
rule-n400-earliest-filing-spouse = { $verdict ->
    [likely] في مسار الثلاث سنوات الخاص بالأزواج، كان يمكنك تقديم الطلب ابتداءً من { $date } ({ $period } من الإقامة الدائمة منذ { $since }، مطروحًا منها { $early-days }): وقد مضى هذا التاريخ.
   *[other] في مسار الثلاث سنوات الخاص بالأزواج، أقرب تاريخ يمكنك فيه تقديم الطلب هو { $date } ({ $period } من الإقامة الدائمة منذ { $since }، مطروحًا منها { $early-days }).
}
rule-n400-state-residence = { $verdict ->
    [likely] تسكن في ولايتك منذ { $since }: تلزم مدة { $period } على الأقل.
   *[other] تسكن في ولايتك منذ { $since }: تلزم مدة { $period }، وستكتمل في { $date }.
}
rule-n400-married = { $verdict ->
    [likely] أنت متزوج.
   *[other] قلت إنك غير متزوج، لذلك لا ينطبق عليك مسار الثلاث سنوات الخاص بالأزواج.
}
rule-n400-spouse-citizen = { $verdict ->
    [likely] زوجك أو زوجتك مواطن أمريكي.
   *[other] قلت إن زوجك أو زوجتك ليس مواطنًا أمريكيًا، لذلك لا ينطبق عليك مسار الثلاث سنوات الخاص بالأزواج.
}
rule-n400-marital-union = { $verdict ->
    [likely] أنت متزوج من زوجك أو زوجتك المواطن الأمريكي وتعيشان معًا منذ { $since }: تلزم مدة { $period } على الأقل.
   *[other] أنت متزوج من زوجك أو زوجتك المواطن الأمريكي وتعيشان معًا منذ { $since }: تلزم مدة { $period }، وستكتمل في { $date }.
}
rule-n400-fee-waiver-benefit = { $verdict ->
    [likely] { $person ->
        [you] أنت تحصل على مساعدة تعتمد على الدخل.
       *[member] { $who } يحصل على مساعدة تعتمد على الدخل.
    }
   *[other] { $person ->
        [you] أنت لا تحصل على مساعدة تعتمد على الدخل.
       *[member] { $who } لا يحصل على مساعدة تعتمد على الدخل.
    }
}
rule-n400-fee-waiver-benefit-relative = { $verdict ->
    [likely] { $person ->
        [you] المساعدة التي تحصل عليها أنت تُحسب.
       *[member] { $who } هو زوجك أو زوجتك أو ابنك أو ابنتك: المساعدة التي يحصل عليها تُحسب.
    }
   *[other] { $who } ليس زوجك أو زوجتك ولا ابنك أو ابنتك: بالنسبة للأقارب الآخرين، استشر مقدِّم خدمات قانونية.
}
rule-n400-fee-waiver-benefit-parent-or-sibling = أحد والديك، أو أحد إخوتك أو أخواتك، في أسرتك يحصل على مساعدة تعتمد على الدخل: قد يُحسب هذا. استشر مقدِّم خدمات قانونية.
rule-n400-fee-waiver-hardship = { $verdict ->
    [unlikely] لم تذكر أنك تواجه مشاكل مالية كبيرة.
   *[other] أنت تواجه مشاكل مالية كبيرة: يمكن لمقدِّم خدمات قانونية أن يساعدك على إثبات «الضائقة المالية الشديدة» (extreme financial hardship).
}
rule-n400-fee-military = { $verdict ->
    [likely] أنت تخدم أو خدمت في القوات المسلحة الأمريكية: قد لا تضطر إلى دفع أي رسوم.
   *[other] قلت إنك لم تخدم في القوات المسلحة الأمريكية.
}
rule-n400-fee-full-not-military = { $verdict ->
    [likely] قلت إنك لم تخدم في القوات المسلحة الأمريكية.
   *[other] أنت تخدم أو خدمت في القوات المسلحة الأمريكية، لذلك قد ينطبق عليك إعفاء من الرسوم.
}
rule-n400-fee-full-income-over-reduced-limit = دخل أسرتك أعلى من الحد المسموح به للرسوم المخفَّضة.
rule-city-resident = { $verdict ->
    [likely] أنت تسكن في المدينة.
   *[other] قلت إنك لا تسكن في المدينة.
}
rule-county-resident = { $verdict ->
    [likely] أنت تسكن في المقاطعة.
   *[other] قلت إنك لا تسكن في المقاطعة.
}
rule-city-or-county-resident = { $verdict ->
    [likely] أنت تسكن في المدينة أو في المقاطعة.
   *[other] قلت إنك لا تسكن في المدينة ولا في المقاطعة.
}
rule-city-id-min-age = { $verdict ->
    [likely] عمرك { $value }: بطاقة الهوية مخصصة للأشخاص الذين أعمارهم { $threshold } فما فوق.
   *[other] عمرك { $value }: بطاقة الهوية مخصصة للأشخاص الذين أعمارهم { $threshold } فما فوق.
}
rule-city-id-photo-identity = { $verdict ->
    [likely] لديك بطاقة هوية عليها صورتك من أحد البلدان.
   *[other] قلت إنه ليست لديك بطاقة هوية عليها صورتك. يمكن لمرشد أن يخبرك بالوثائق الأخرى التي قد تُقبل.
}
rule-city-id-proof-of-address = { $verdict ->
    [likely] يمكنك أن تُظهر إثباتًا لعنوانك في المدينة.
   *[other] قلت إنك لا تستطيع أن تُظهر إثباتًا لعنوانك. قد تُقبل رسالة من مأوى أو من منظمة غير ربحية: اسأل مرشدًا.
}
rule-esl-age = { $verdict ->
    [likely] عمرك مناسب لهذه الدروس.
   *[other] الدروس مخصصة للبالغين، وللمراهقين الذين أعمارهم 16 أو 17 سنة ولا يدرسون في المدرسة الثانوية.
}
rule-esl-adult = { $verdict ->
    [likely] عمرك { $value }: الدروس مخصصة للبالغين الذين أعمارهم { $threshold } فما فوق.
   *[other] عمرك { $value }: دروس البالغين تبدأ من عمر { $threshold }.
}
rule-esl-teen-out-of-school = { $verdict ->
    [likely] أنت مراهق ولا تدرس في المدرسة الثانوية: يمكنك الانضمام.
   *[other] يمكن للمراهقين الانضمام فقط إذا كانوا لا يدرسون في المدرسة الثانوية.
}
rule-esl-min-age = { $verdict ->
    [likely] عمرك { $value }: يلزم أن يكون العمر { $threshold } على الأقل.
   *[other] عمرك { $value }: الدروس تبدأ من عمر { $threshold }.
}
rule-esl-not-in-high-school = { $verdict ->
    [likely] أنت لا تدرس في المدرسة الثانوية.
   *[other] أنت تدرس في المدرسة الثانوية: مدرستك تقدم دعمًا في اللغة الإنجليزية.
}
rule-food-snap-or-wic = { $verdict ->
    [likely] { $person ->
        [you] أنت تحصل على SNAP أو WIC.
       *[member] { $who } يحصل على SNAP أو WIC.
    }
   *[other] { $person ->
        [you] أنت لا تحصل على SNAP ولا على WIC.
       *[member] { $who } لا يحصل على SNAP ولا على WIC.
    }
}
rule-food-snap-or-wic-household = { $verdict ->
    [likely] شخص في أسرتك يحصل على SNAP أو WIC.
   *[other] لا أحد في أسرتك يحصل على SNAP أو WIC.
}
rule-facing-removal-proceedings = { $verdict ->
    [likely] لديك قضية في محكمة الهجرة: الصندوق يدفع أجر محامٍ ليدافع عنك.
   *[other] قلت إنه ليست لديك قضية في محكمة الهجرة.
}
rule-small-business-owner = { $verdict ->
    [likely] لديك مشروع تجاري صغير أو تخطط لبدء مشروع.
   *[other] قلت إنه ليس لديك مشروع تجاري صغير ولا تخطط لبدء مشروع.
}
rule-n400-fee-waiver-benefit-parent-relative = { $verdict ->
    [likely] ⁨{ $who }⁩ هو أحد والديك أو إخوتك: قد تُحتسب المساعدة التي يتلقاها.
   *[other] { $person ->
        [you] يتعلق هذا الجزء بأحد الوالدين أو الإخوة الذين يعيشون معك.
       *[member] ⁨{ $who }⁩ ليس أحد والديك أو إخوتك.
    }
}
