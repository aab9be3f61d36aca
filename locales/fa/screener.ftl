# Puerta، صفحه‌های ساکنان: فارسی — بررسی برنامه‌های کمکی.
# review-state: draft
# Machine-drafted by the Puerta team; not yet reviewed by a fluent speaker.
# پیش‌نویس تیم Puerta؛ هنوز یک فارسی‌زبان مسلط آن را بازبینی نکرده است.

## Screener

home-screener-heading = برنامه‌های کمکی که شاید واجد شرایط آن‌ها باشید
home-screener-body = به چند سؤال کوتاه جواب دهید تا ببینید کدام برنامه‌های کمکی می‌توانند به شما کمک کنند و از کجا می‌توانید آن‌ها را بگیرید. همه سؤال‌ها اختیاری است و هیچ چیزی از آنچه می‌نویسید ذخیره نمی‌شود.
home-screener-link = شروع بررسی برنامه‌های کمکی
screener-title = بررسی برنامه‌های کمکی
screener-intro-heading = کدام برنامه‌های کمکی می‌توانند به شما کمک کنند؟
screener-intro-lead = به چند سؤال کوتاه جواب دهید، هر بار یک موضوع. ما برنامه‌هایی را که شاید به شما کمک کنند، دلیل آن، و خدماتی را که می‌توانند در درخواست دادن به شما کمک کنند نشان می‌دهیم.
screener-intro-optional = همه سؤال‌ها اختیاری است: می‌توانید از هر سؤال یا موضوعی که نمی‌خواهید جواب دهید رد شوید.
screener-intro-not-stored = هیچ چیزی از آنچه می‌نویسید ذخیره نمی‌شود: جواب‌های شما فقط در نشانی همین صفحه می‌ماند و وقتی صفحه را ببندید پاک می‌شود.
screener-intro-no-status = ما درباره وضعیت مهاجرتی شما سؤال نمی‌کنیم. فقط بخش آخر، که بررسی شهروندی برای مقیمان دائم (دارندگان گرین کارت) است، درباره گرین کارت شما می‌پرسد، و آن هم اختیاری است.
screener-intro-shared-device = اگر از کامپیوتر مشترک استفاده می‌کنید، وقتی کارتان تمام شد پنجره مرورگر را ببندید.
screener-not-legal-advice = این اطلاعات عمومی است، نه مشاوره حقوقی. فقط خود برنامه، یا یک وکیل، یا یک نماینده تأییدشده وزارت دادگستری (DOJ) می‌تواند با اطمینان به شما بگوید.
screener-start = شروع
screener-step-of = مرحله { $step } از { $total }
screener-next = بعدی
screener-skip = رد شدن از این موضوع
screener-back = برگشت
screener-see-results = دیدن نتیجه‌ها
screener-optional = اختیاری
screener-yes = بله
screener-no = نه
screener-not-sure = رد شدن / مطمئن نیستم
screener-choose = رد شدن / یکی را انتخاب کنید
screener-invalid = نتوانستیم یکی از جواب‌های این صفحه را بخوانیم، برای همین آن را کنار گذاشتیم. لطفاً آن را بررسی کنید یا خالی بگذارید.
screener-invalid-some = نتوانستیم بعضی از جواب‌های شما را بخوانیم، برای همین آن‌ها را کنار گذاشتیم. می‌توانید جواب‌هایتان را در پایین تغییر دهید.
screener-you = شما
screener-member = نفر { $n } خانوار شما
screener-city = Sycamore Falls
screener-county = شهرستان Ashgrove
screener-step-place = محل زندگی شما
screener-step-place-lead = بسیاری از برنامه‌ها برای کسانی است که در شهر یا در شهرستان زندگی می‌کنند.
screener-step-household = سن و خانوار
screener-step-household-lead = خانوار شما یعنی کسانی که با شما زندگی می‌کنند و در غذا یا پول با شما شریک هستند.
screener-step-income = درآمد و کمک‌های دولتی
screener-step-income-lead = بعضی از برنامه‌ها برای خانوارهایی با درآمد کمتر است. یک عدد تقریبی کافی است.
screener-step-work = کار و کسب‌وکار
screener-step-work-lead = بعضی از برنامه‌ها به کسانی کمک می‌کنند که یک کسب‌وکار کوچک دارند یا در ارتش خدمت کرده‌اند.
screener-step-legal = وضعیت حقوقی
screener-step-legal-lead = این را فقط می‌پرسیم تا شما را به کمک حقوقی رایگان راهنمایی کنیم. می‌توانید از آن رد شوید.
screener-step-citizenship = بررسی شهروندی
screener-step-citizenship-lead = این بخش فقط برای مقیمان دائم (دارندگان گرین کارت) است که می‌خواهند بدانند چه زمانی می‌توانند برای شهروندی آمریکا (اخذ تابعیت) درخواست بدهند. اگر این وضعیت شما نیست، یا ترجیح می‌دهید جواب ندهید، از آن رد شوید.
screener-citizenship-skip-all = رد شدن از این بخش و دیدن نتیجه‌ها
screener-q-state = در کدام ایالت زندگی می‌کنید؟
screener-q-lives-in-city = آیا در شهر ⁨{ $city }⁩ زندگی می‌کنید؟
screener-q-lives-in-county = آیا در ⁨{ $county }⁩ زندگی می‌کنید؟
screener-q-lives-in-county-hint = شهرستان شامل شهر هم می‌شود.
screener-q-has-photo-identity-document = آیا کارت شناسایی عکس‌دار از هر کشوری دارید؟
screener-q-has-photo-identity-document-hint = برای مثال گذرنامه (پاسپورت)، کارت شناسایی کنسولی یا گواهینامه رانندگی، از هر کشوری.
screener-q-has-proof-of-city-address = آیا می‌توانید مدرکی از نشانی خود در شهر نشان دهید؟
screener-q-has-proof-of-city-address-hint = برای مثال قرارداد اجاره، قبض آب و برق و گاز، صورت‌حساب بانکی، یا نامه‌ای از یک سرپناه یا یک سازمان غیرانتفاعی.
screener-q-age = چند سال دارید؟
screener-q-enrolled-in-high-school = آیا الان در دبیرستان (high school) درس می‌خوانید؟
screener-q-enrolled-in-high-school-hint = این فقط اگر 16 یا 17 ساله باشید مهم است.
screener-q-household-size = خانوار شما، با خودتان، چند نفر است؟
screener-members-hint = می‌توانید درباره حداکثر 5 نفر دیگر که با شما زندگی می‌کنند به ما بگویید. برای رد شدن از یک نفر، جای او را خالی بگذارید.
screener-q-relationship = نسبت با شما
screener-q-member-age = سن
screener-relationship-spouse = همسر
screener-relationship-child = فرزند
screener-relationship-parent = پدر یا مادر
screener-relationship-sibling = برادر یا خواهر
screener-relationship-other = دیگر
screener-q-household-annual-income = درآمد کل خانوار شما در یک سال، پیش از کسر مالیات، چقدر است؟
screener-q-household-annual-income-hint = به دلار آمریکا، برای همه افراد خانوار شما با هم. یک عدد تقریبی کافی است.
screener-q-receives-means-tested-benefit = آیا کسی در خانوار شما کمکی می‌گیرد که بر اساس درآمد داده می‌شود؟
screener-q-receives-means-tested-benefit-hint = برای مثال Medicaid، SNAP (کوپن غذا)، SSI، TANF یا کمک هزینه مسکن.
screener-q-receives-snap-or-wic = آیا کسی در خانوار شما SNAP (کوپن غذا) یا WIC می‌گیرد؟
screener-q-extreme-financial-hardship = آیا همین حالا مشکلات مالی جدی دارید؟
screener-q-extreme-financial-hardship-hint = برای مثال هزینه‌های سنگین درمانی، از دست دادن کار، یا یک حادثه طبیعی.
screener-q-runs-or-plans-small-business = آیا یک کسب‌وکار کوچک دارید، یا می‌خواهید یکی راه بیندازید؟
screener-q-runs-or-plans-small-business-hint = فروش غذا با گاری یا از خانه هم حساب می‌شود.
screener-q-military-service = آیا در نیروهای مسلح آمریکا خدمت می‌کنید یا خدمت کرده‌اید؟
screener-q-facing-removal-proceedings = آیا در دادگاه مهاجرت پرونده دارید؟
screener-q-facing-removal-proceedings-hint = برای مثال، یک «ابلاغیه حضور در دادگاه» (Notice to Appear) دریافت کرده‌اید. شاید یک وکیل رایگان بتواند از شما دفاع کند.
screener-q-permanent-resident-since = از چه تاریخی مقیم دائم شدید؟
screener-q-permanent-resident-since-hint = تاریخی که جلوی «Resident since» روی گرین کارت شما نوشته شده است.
screener-q-lives-in-state-since = از چه زمانی در ایالتی که الان در آن هستید زندگی می‌کنید؟
screener-q-married = آیا ازدواج کرده‌اید؟
screener-q-spouse-is-us-citizen = آیا همسر شما شهروند آمریکا است؟
screener-q-married-to-citizen-since = از چه زمانی با همسرتان که شهروند آمریکا است ازدواج کرده‌اید و با او زندگی می‌کنید؟
screener-q-days-outside-us-last-5y = در 5 سال گذشته، روی هم چند روز خارج از ایالات متحده بوده‌اید؟
screener-q-days-outside-us-last-5y-hint = یک عدد تقریبی به روز کافی است: 6 ماه حدود 180 روز است.
screener-q-longest-trip-days-last-5y = در 5 سال گذشته، طولانی‌ترین سفر شما به خارج از ایالات متحده چند روز بود؟
screener-q-days-outside-us-last-3y = در 3 سال گذشته، روی هم چند روز خارج از ایالات متحده بوده‌اید؟
screener-q-longest-trip-days-last-3y = در 3 سال گذشته، طولانی‌ترین سفر شما به خارج از ایالات متحده چند روز بود؟
screener-results-title = برنامه‌هایی که شاید به شما کمک کنند
screener-results-lead = بر اساس جواب‌های شما، بررسی‌شده در { $date }.
screener-likely-heading = احتمالاً
screener-likely-hint = بر اساس جواب‌های شما، احتمالاً واجد شرایط هستید. برای درخواست دادن با یکی از خدمات پایین تماس بگیرید.
screener-maybe-heading = شاید
screener-maybe-hint = برای اینکه بدانیم، کمی اطلاعات بیشتر لازم داریم. یک راهنما (navigator) می‌تواند کمک کند.
screener-unlikely-heading = { $count ->
    [one] برنامه‌های دیگر (1)
   *[other] برنامه‌های دیگر ({ $count })
}
screener-unlikely-hint = بر اساس جواب‌های شما، احتمال این‌ها کمتر است. قانون‌ها استثنا دارند: یک راهنما می‌تواند همراه شما بررسی کند.
screener-group-empty = بر اساس جواب‌هایی که تا حالا داده‌اید، هیچ موردی نیست.
screener-needs = لازم است بدانیم: { $facts }.
screener-why = چرا
screener-amount = مبلغ: ⁨{ $amount }⁩
screener-threshold = عدد استفاده‌شده: ⁨{ $value }⁩ (منبع: ⁨{ $sources }⁩).
screener-threshold-dated = عدد استفاده‌شده: ⁨{ $value }⁩ (منبع: ⁨{ $sources }⁩؛ معتبر از { $date }).
screener-check-legal-provider = با یک ارائه‌دهنده خدمات حقوقی مشورت کنید.
screener-flag-review = بخشی از این باید توسط یک ارائه‌دهنده خدمات حقوقی بررسی شود: با یک ارائه‌دهنده خدمات حقوقی مشورت کنید.
screener-flag-borderline = جواب شما درست روی حد مجاز است، و منابع این حد را به شکل‌های مختلف بیان می‌کنند: با یک ارائه‌دهنده خدمات حقوقی مشورت کنید.
screener-flag-single-source = یکی از عددهای استفاده‌شده در اینجا فقط از یک منبع آمده و نتوانستیم آن را با منبع دیگری مقایسه کنیم: با یک ارائه‌دهنده خدمات حقوقی مشورت کنید.
screener-flag-no-parameter = عددی را که امروز معتبر است نداریم: با یک ارائه‌دهنده خدمات حقوقی مشورت کنید.
screener-flag-unverified = یکی از عددهای استفاده‌شده در اینجا هنوز تأیید نشده است: با یک ارائه‌دهنده خدمات حقوقی مشورت کنید.
screener-services = از کجا کمک بگیرید
screener-services-none = هنوز هیچ خدمتی برای این برنامه در فهرست نیست. برای کمک با 211 تماس بگیرید.
screener-more-services = پیدا کردن خدمات دیگری مثل این‌ها
screener-change-answers = تغییر جواب‌ها
screener-start-over = شروع دوباره بدون هیچ جوابی
screener-unit-years = { $n ->
    [0] { $n } سال
    [one] یک سال
   *[other] { $n } سال
}
screener-unit-months = { $n ->
    [0] { $n } ماه
    [one] یک ماه
   *[other] { $n } ماه
}
screener-unit-days = { $n ->
    [0] { $n } روز
    [one] یک روز
   *[other] { $n } روز
}
fact-age = سن شما
fact-relationship = نسبت هر نفر با شما
fact-receives-means-tested-benefit = اینکه آیا کسی کمکی می‌گیرد که بر اساس درآمد داده می‌شود
fact-household-size = تعداد افراد خانوار شما
fact-household-annual-income = درآمد خانوار شما
fact-household-income-pct-fpg = درآمد خانوار شما در مقایسه با خط فقر فدرال
fact-state = ایالت شما
fact-lives-in-city = اینکه آیا در شهر زندگی می‌کنید
fact-permanent-resident-since = تاریخی که مقیم دائم شدید
fact-years-as-permanent-resident = مدتی که مقیم دائم بوده‌اید
fact-married = اینکه آیا ازدواج کرده‌اید
fact-spouse-is-us-citizen = اینکه آیا همسر شما شهروند آمریکا است
fact-married-to-citizen-since = از چه زمانی با همسرتان که شهروند آمریکا است ازدواج کرده‌اید
fact-lives-in-state-since = از چه زمانی در ایالت خود زندگی می‌کنید
fact-days-outside-us-last-5y = تعداد روزهایی که در 5 سال گذشته خارج از ایالات متحده بوده‌اید
fact-days-outside-us-last-3y = تعداد روزهایی که در 3 سال گذشته خارج از ایالات متحده بوده‌اید
fact-longest-trip-days-last-5y = طولانی‌ترین سفر شما به خارج از ایالات متحده در 5 سال گذشته
fact-longest-trip-days-last-3y = طولانی‌ترین سفر شما به خارج از ایالات متحده در 3 سال گذشته
fact-facing-removal-proceedings = اینکه آیا در دادگاه مهاجرت پرونده دارید
fact-military-service = اینکه آیا در نیروهای مسلح آمریکا خدمت کرده‌اید
fact-extreme-financial-hardship = اینکه آیا مشکلات مالی جدی دارید
fact-lives-in-county = اینکه آیا در شهرستان زندگی می‌کنید
fact-enrolled-in-high-school = اینکه آیا در دبیرستان درس می‌خوانید
fact-receives-snap-or-wic = اینکه آیا کسی SNAP یا WIC می‌گیرد
fact-runs-or-plans-small-business = اینکه آیا کسب‌وکار کوچکی دارید یا می‌خواهید راه بیندازید
fact-has-photo-identity-document = اینکه آیا کارت شناسایی عکس‌دار دارید
fact-has-proof-of-city-address = اینکه آیا می‌توانید مدرکی از نشانی خود در شهر نشان دهید
rule-all = همه این‌ها صدق می‌کند.
rule-any = دست‌کم یکی از این‌ها صدق می‌کند.
rule-not = این صدق نمی‌کند.
rule-any-member = یک نفر در خانوار شما این شرط را دارد.
rule-all-members = همه افراد خانوار شما این شرط را دارند.
rule-is-true = { $verdict ->
    [likely] بله: { $fact }.
   *[other] این‌طور نیست: { $fact }.
}
rule-is-false = { $verdict ->
    [likely] این‌طور نیست: { $fact }.
   *[other] بله: { $fact }.
}
rule-one-of = { $fact }: ⁨{ $value }⁩.
rule-compare-at-least = { $fact }: ⁨{ $value }⁩ (دست‌کم ⁨{ $threshold }⁩ لازم است).
rule-compare-at-most = { $fact }: ⁨{ $value }⁩ (حداکثر ⁨{ $threshold }⁩).
rule-compare-greater-than = { $fact }: ⁨{ $value }⁩ (بیشتر از ⁨{ $threshold }⁩ لازم است).
rule-compare-less-than = { $fact }: ⁨{ $value }⁩ (کمتر از ⁨{ $threshold }⁩ لازم است).
rule-compare-equals = { $fact }: ⁨{ $value }⁩ (⁨{ $threshold }⁩ لازم است).
rule-income-at-most-fpg-percent = { $verdict ->
    [likely] درآمد خانوار شما (⁨{ $income }⁩ در سال، خانوار { $household-size } نفره) برابر یا کمتر از ⁨{ $limit-percent }%⁩ خط فقر فدرال سال { $year } است: ⁨{ $limit }⁩.
    [unlikely] درآمد خانوار شما (⁨{ $income }⁩ در سال، خانوار { $household-size } نفره) بیشتر از ⁨{ $limit-percent }%⁩ خط فقر فدرال سال { $year } است: ⁨{ $limit }⁩.
   *[other] درآمد خانوار شما (⁨{ $income }⁩ در سال، خانوار { $household-size } نفره) نزدیک به ⁨{ $limit-percent }%⁩ خط فقر فدرال سال { $year } است: ⁨{ $limit }⁩.
}
rule-income-at-least-fpg-percent = { $verdict ->
    [likely] درآمد خانوار شما (⁨{ $income }⁩ در سال، خانوار { $household-size } نفره) برابر یا بیشتر از ⁨{ $limit-percent }%⁩ خط فقر فدرال سال { $year } است: ⁨{ $limit }⁩.
   *[other] درآمد خانوار شما (⁨{ $income }⁩ در سال، خانوار { $household-size } نفره) کمتر از ⁨{ $limit-percent }%⁩ خط فقر فدرال سال { $year } است: ⁨{ $limit }⁩.
}
rule-income-greater-than-fpg-percent = { $verdict ->
    [likely] درآمد خانوار شما (⁨{ $income }⁩ در سال، خانوار { $household-size } نفره) بیشتر از ⁨{ $limit-percent }%⁩ خط فقر فدرال سال { $year } است: ⁨{ $limit }⁩.
   *[other] درآمد خانوار شما (⁨{ $income }⁩ در سال، خانوار { $household-size } نفره) بیشتر از ⁨{ $limit-percent }%⁩ خط فقر فدرال سال { $year } نیست: ⁨{ $limit }⁩.
}
rule-income-less-than-fpg-percent = { $verdict ->
    [likely] درآمد خانوار شما (⁨{ $income }⁩ در سال، خانوار { $household-size } نفره) کمتر از ⁨{ $limit-percent }%⁩ خط فقر فدرال سال { $year } است: ⁨{ $limit }⁩.
   *[other] درآمد خانوار شما (⁨{ $income }⁩ در سال، خانوار { $household-size } نفره) کمتر از ⁨{ $limit-percent }%⁩ خط فقر فدرال سال { $year } نیست: ⁨{ $limit }⁩.
}
rule-income-equals-fpg-percent = درآمد خانوار شما (⁨{ $income }⁩ در سال، خانوار { $household-size } نفره) در مقایسه با ⁨{ $limit-percent }%⁩ خط فقر فدرال سال { $year }: ⁨{ $limit }⁩.
rule-elapsed-since = { $verdict ->
    [likely] از { $since }: مدت { $period } در { $date } کامل شد.
   *[other] از { $since }: مدت { $period } در { $date } کامل می‌شود.
}
rule-physical-presence = { $verdict ->
    [likely] در { $window-days } گذشته، { $days-present } در ایالات متحده بوده‌اید: دست‌کم { $threshold } لازم است.
   *[other] در { $window-days } گذشته، { $days-present } در ایالات متحده بوده‌اید: دست‌کم { $threshold } لازم است.
}
rule-continuous-residence = { $band ->
    [short] طولانی‌ترین سفر شما به خارج از ایالات متحده ({ $days }) کمتر از 6 ماه بود.
    [presumption] طولانی‌ترین سفر شما به خارج از ایالات متحده ({ $days }) بیشتر از 6 ماه بود: این ممکن است «اقامت مستمر» (continuous residence) را قطع کند، مگر اینکه بتوانید خلاف آن را نشان دهید. با یک ارائه‌دهنده خدمات حقوقی مشورت کنید.
    [possible-break] طولانی‌ترین سفر شما به خارج از ایالات متحده ({ $days }) شاید یک سال یا بیشتر بوده است: با یک ارائه‌دهنده خدمات حقوقی مشورت کنید.
   *[break] طولانی‌ترین سفر شما به خارج از ایالات متحده ({ $days }) یک سال یا بیشتر بود: این معمولاً «اقامت مستمر» (continuous residence) را قطع می‌کند. با یک ارائه‌دهنده خدمات حقوقی مشورت کنید.
}
rule-n400-path-general = مسیر 5 ساله برای مقیمان دائم.
rule-n400-path-spouse = مسیر 3 ساله برای همسران شهروندان آمریکا.
rule-n400-min-age = { $verdict ->
    [likely] سن شما { $value } است: برای درخواست دادن دست‌کم { $threshold } سن لازم است.
   *[other] سن شما { $value } است: برای درخواست دادن باید دست‌کم { $threshold } سن داشته باشید.
}
rule-n400-earliest-filing = { $verdict ->
    [likely] در مسیر 5 ساله، از { $date } می‌توانستید درخواست بدهید ({ $period } اقامت دائم از { $since }، منهای { $early-days }): این تاریخ گذشته است.
   *[other] در مسیر 5 ساله، زودترین تاریخ برای درخواست دادن { $date } است ({ $period } اقامت دائم از { $since }، منهای { $early-days }).
}
rule-n400-earliest-filing-spouse = { $verdict ->
    [likely] در مسیر 3 ساله همسران، از { $date } می‌توانستید درخواست بدهید ({ $period } اقامت دائم از { $since }، منهای { $early-days }): این تاریخ گذشته است.
   *[other] در مسیر 3 ساله همسران، زودترین تاریخ برای درخواست دادن { $date } است ({ $period } اقامت دائم از { $since }، منهای { $early-days }).
}
rule-n400-state-residence = { $verdict ->
    [likely] شما از { $since } در ایالت خود زندگی می‌کنید: دست‌کم { $period } لازم است.
   *[other] شما از { $since } در ایالت خود زندگی می‌کنید: { $period } لازم است، که در { $date } کامل می‌شود.
}
rule-n400-married = { $verdict ->
    [likely] شما ازدواج کرده‌اید.
   *[other] گفتید که ازدواج نکرده‌اید، پس مسیر 3 ساله همسران شامل شما نمی‌شود.
}
rule-n400-spouse-citizen = { $verdict ->
    [likely] همسر شما شهروند آمریکا است.
   *[other] گفتید که همسرتان شهروند آمریکا نیست، پس مسیر 3 ساله همسران شامل شما نمی‌شود.
}
rule-n400-marital-union = { $verdict ->
    [likely] شما از { $since } با همسرتان که شهروند آمریکا است ازدواج کرده‌اید و با او زندگی می‌کنید: دست‌کم { $period } لازم است.
   *[other] شما از { $since } با همسرتان که شهروند آمریکا است ازدواج کرده‌اید و با او زندگی می‌کنید: { $period } لازم است، که در { $date } کامل می‌شود.
}
rule-n400-fee-waiver-benefit = { $verdict ->
    [likely] { $person ->
        [you] شما کمکی می‌گیرید که بر اساس درآمد داده می‌شود.
       *[member] { $who } کمکی می‌گیرد که بر اساس درآمد داده می‌شود.
    }
   *[other] { $person ->
        [you] شما کمکی که بر اساس درآمد داده می‌شود نمی‌گیرید.
       *[member] { $who } کمکی که بر اساس درآمد داده می‌شود نمی‌گیرد.
    }
}
rule-n400-fee-waiver-benefit-relative = { $verdict ->
    [likely] { $person ->
        [you] کمکی که خودتان می‌گیرید حساب می‌شود.
       *[member] { $who } همسر یا فرزند شماست: کمکی که او می‌گیرد حساب می‌شود.
    }
   *[other] { $who } همسر یا فرزند شما نیست: درباره خویشاوندان دیگر، با یک ارائه‌دهنده خدمات حقوقی مشورت کنید.
}
rule-n400-fee-waiver-benefit-parent-or-sibling = پدر یا مادر، یا برادر یا خواهر شما در خانوارتان کمکی می‌گیرد که بر اساس درآمد داده می‌شود: شاید این هم حساب شود. با یک ارائه‌دهنده خدمات حقوقی مشورت کنید.
rule-n400-fee-waiver-hardship = { $verdict ->
    [unlikely] نگفتید که مشکلات مالی جدی دارید.
   *[other] شما مشکلات مالی جدی دارید: یک ارائه‌دهنده خدمات حقوقی می‌تواند به شما کمک کند «سختی مالی شدید» (extreme financial hardship) را نشان دهید.
}
rule-n400-fee-military = { $verdict ->
    [likely] شما در نیروهای مسلح آمریکا خدمت می‌کنید یا خدمت کرده‌اید: شاید لازم نباشد هیچ هزینه‌ای بپردازید.
   *[other] گفتید که در نیروهای مسلح آمریکا خدمت نکرده‌اید.
}
rule-n400-fee-full-not-military = { $verdict ->
    [likely] گفتید که در نیروهای مسلح آمریکا خدمت نکرده‌اید.
   *[other] شما در نیروهای مسلح آمریکا خدمت می‌کنید یا خدمت کرده‌اید، پس شاید معافیت از هزینه شامل شما شود.
}
rule-n400-fee-full-income-over-reduced-limit = درآمد خانوار شما بیشتر از سقف درآمد برای هزینه کاهش‌یافته است.
rule-city-resident = { $verdict ->
    [likely] شما در شهر زندگی می‌کنید.
   *[other] گفتید که در شهر زندگی نمی‌کنید.
}
rule-county-resident = { $verdict ->
    [likely] شما در شهرستان زندگی می‌کنید.
   *[other] گفتید که در شهرستان زندگی نمی‌کنید.
}
rule-city-or-county-resident = { $verdict ->
    [likely] شما در شهر یا در شهرستان زندگی می‌کنید.
   *[other] گفتید که نه در شهر زندگی می‌کنید و نه در شهرستان.
}
rule-city-id-min-age = { $verdict ->
    [likely] سن شما { $value } است: این کارت شناسایی برای افراد { $threshold } و بیشتر است.
   *[other] سن شما { $value } است: این کارت شناسایی برای افراد { $threshold } و بیشتر است.
}
rule-city-id-photo-identity = { $verdict ->
    [likely] شما کارت شناسایی عکس‌دار از یک کشور دارید.
   *[other] گفتید که کارت شناسایی عکس‌دار ندارید. یک راهنما می‌تواند بگوید چه مدارک دیگری شاید پذیرفته شود.
}
rule-city-id-proof-of-address = { $verdict ->
    [likely] می‌توانید مدرکی از نشانی خود در شهر نشان دهید.
   *[other] گفتید که نمی‌توانید مدرکی از نشانی خود نشان دهید. شاید نامه‌ای از یک سرپناه یا یک سازمان غیرانتفاعی پذیرفته شود: از یک راهنما بپرسید.
}
rule-esl-age = { $verdict ->
    [likely] سن شما با این کلاس‌ها جور است.
   *[other] این کلاس‌ها برای بزرگسالان است، و برای نوجوانان 16 یا 17 ساله‌ای که در دبیرستان درس نمی‌خوانند.
}
rule-esl-adult = { $verdict ->
    [likely] سن شما { $value } است: این کلاس‌ها برای بزرگسالان { $threshold } و بیشتر است.
   *[other] سن شما { $value } است: کلاس‌های بزرگسالان از { $threshold } شروع می‌شود.
}
rule-esl-teen-out-of-school = { $verdict ->
    [likely] شما نوجوانی هستید که در دبیرستان درس نمی‌خواند: می‌توانید شرکت کنید.
   *[other] نوجوانان فقط اگر در دبیرستان درس نخوانند می‌توانند شرکت کنند.
}
rule-esl-min-age = { $verdict ->
    [likely] سن شما { $value } است: دست‌کم { $threshold } لازم است.
   *[other] سن شما { $value } است: کلاس‌ها از { $threshold } شروع می‌شود.
}
rule-esl-not-in-high-school = { $verdict ->
    [likely] شما در دبیرستان درس نمی‌خوانید.
   *[other] شما در دبیرستان درس می‌خوانید: مدرسه‌تان برای یادگیری زبان انگلیسی به شما کمک می‌کند.
}
rule-food-snap-or-wic = { $verdict ->
    [likely] { $person ->
        [you] شما SNAP یا WIC می‌گیرید.
       *[member] { $who } SNAP یا WIC می‌گیرد.
    }
   *[other] { $person ->
        [you] شما نه SNAP می‌گیرید و نه WIC.
       *[member] { $who } نه SNAP می‌گیرد و نه WIC.
    }
}
rule-food-snap-or-wic-household = { $verdict ->
    [likely] یک نفر در خانوار شما SNAP یا WIC می‌گیرد.
   *[other] هیچ کس در خانوار شما SNAP یا WIC نمی‌گیرد.
}
rule-facing-removal-proceedings = { $verdict ->
    [likely] شما در دادگاه مهاجرت پرونده دارید: این صندوق هزینه یک وکیل را برای دفاع از شما می‌پردازد.
   *[other] گفتید که در دادگاه مهاجرت پرونده ندارید.
}
rule-small-business-owner = { $verdict ->
    [likely] شما کسب‌وکار کوچکی دارید یا می‌خواهید راه بیندازید.
   *[other] گفتید که کسب‌وکار کوچکی ندارید و نمی‌خواهید راه بیندازید.
}
rule-n400-fee-waiver-benefit-parent-relative = { $verdict ->
    [likely] ⁨{ $who }⁩ پدر، مادر، برادر یا خواهر شماست: ممکن است کمکی که دریافت می‌کند حساب شود.
   *[other] { $person ->
        [you] این بخش درباره پدر، مادر، برادر یا خواهری است که با شما زندگی می‌کند.
       *[member] ⁨{ $who }⁩ پدر، مادر، برادر یا خواهر شما نیست.
    }
}
