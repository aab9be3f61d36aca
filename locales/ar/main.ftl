# Puerta، صفحات للمقيمين: العربية.
# review-state: draft
# Machine-drafted by the Puerta team; not yet reviewed by a fluent speaker.
# صاغها فريق Puerta آليًا؛ لم يراجعها بعدُ متحدث يتقن اللغة.

## إطار الموقع

site-name = Puerta
site-tagline = ابحث عن مساعدة مجانية أو منخفضة التكلفة للمهاجرين: مساعدة قانونية، صحة، طعام، سكن، دروس في اللغة الإنجليزية وأكثر.
skip-to-content = انتقل إلى المحتوى الرئيسي
nav-label = القائمة الرئيسية
nav-search = ابحث عن مساعدة
nav-rights = اعرف حقوقك
nav-about = من نحن والخصوصية
language-switcher = اللغة
footer-privacy = نحن لا نتتبعك. لا حسابات، ولا إعلانات، ولا تحليلات.
footer-privacy-link = ما الذي نحفظه
footer-emergency = في حالة الطوارئ، اتصل بالرقم 911. للمساعدة في إيجاد الخدمات، اتصل بالرقم 211.

## الأخطاء

not-found-title = لم نجد الصفحة
not-found-body = لم نجد هذه الصفحة. ربما أُغلقت الخدمة أو انتقلت، أو ربما يوجد خطأ في العنوان.
error-title = حدث خطأ
error-body = حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
error-go-home = اذهب إلى الصفحة الرئيسية

## مربع البحث والصفحة الرئيسية

search-label = بماذا تحتاج إلى مساعدة؟
search-button = ابحث
search-hint = اكتب بأي لغة، مثلًا: محامٍ مجاني، طعام، دروس إنجليزية.
home-title = ابحث عن مساعدة
home-heading = ابحث عن مساعدة قريبة منك
home-lead = خدمات مجانية أو منخفضة التكلفة للمهاجرين وعائلاتهم. لا تحتاج إلى أن تذكر اسمك.
home-needs-heading = أو اختر موضوعًا
home-rights-heading = اعرف حقوقك
home-rights-body = لكل شخص في الولايات المتحدة حقوق، مهما كان وضعه من حيث الهجرة.
home-rights-link = اقرأ عن حقوقك
home-privacy = لا نحفظ ما تبحث عنه. ولا نسأل عن وضعك من حيث الهجرة.

need-legal = مساعدة قانونية
need-legal-hint = محامون مجانًا ومساعدة في أمور الهجرة
need-health = الصحة
need-health-hint = عيادات، أطباء، أطباء أسنان
need-food = الطعام
need-food-hint = بنوك الطعام ووجبات مجانية
need-housing = السكن
need-housing-hint = مأوى ومساعدة في دفع الإيجار
need-english = تعلّم الإنجليزية
need-english-hint = دروس مجانية في اللغة الإنجليزية
need-jobs = العمل
need-jobs-hint = البحث عن عمل والتدريب المهني
need-business = بدء مشروع تجاري
need-business-hint = مساعدة وقروض للمشاريع الصغيرة
need-money = المال والبنوك
need-money-hint = حسابات بنكية، ضرائب، ميزانية
need-citizenship = الجنسية
need-citizenship-hint = الحصول على الجنسية الأمريكية
need-id = وثائق الهوية
need-id-hint = بطاقات الهوية ورخص القيادة
need-family = الأسرة والمدرسة
need-family-hint = تسجيل الأطفال في المدرسة ورعاية الأطفال
need-emergency = الطوارئ
need-emergency-hint = خطوط الأزمات والمساعدة العاجلة

## النتائج

results-title = نتائج البحث
results-title-for = نتائج البحث عن «⁨{ $query }⁩»
results-start = اكتب ما تحتاجه في المربع أعلاه، أو اختر موضوعًا:
results-count = { $count ->
    [0] لم نجد أي خدمة
    [one] وجدنا خدمة واحدة
    [two] وجدنا خدمتين
    [few] وجدنا { $count } خدمات
    [many] وجدنا { $count } خدمة
   *[other] وجدنا { $count } خدمة
}
results-understood = بحثنا أيضًا عن: ⁨{ $terms }⁩
results-search-unavailable = البحث غير متاح الآن. يُرجى المحاولة لاحقًا.
results-unknown-zip = لا نعرف هذا الرمز البريدي (ZIP). يُرجى التأكد منه: فهو من 5 أرقام، مثل 45402.
results-bad-filter = لم نتمكن من استخدام أحد خيارات التصفية. يُرجى التأكد منها والمحاولة مرة أخرى.
filters-heading = خيارات التصفية
filter-language = اللغة التي يتحدثونها
filter-language-any = أي لغة
filter-near = بالقرب من الرمز البريدي
filter-near-hint = 5 أرقام، مثلًا 45402
filter-radius = المسافة
filter-radius-miles = { $miles ->
    [one] في حدود ميل واحد
    [two] في حدود ميلين
    [few] في حدود { $miles } أميال
    [many] في حدود { $miles } ميلًا
   *[other] في حدود { $miles } ميل
}
filter-only = اعرض فقط الخدمات التي
filter-free = تكون مجانية
filter-open-now = تكون مفتوحة الآن
filter-walk-in = تستقبل الناس بدون موعد
filter-accessible = يمكن الوصول إليها بالكرسي المتحرك
filter-no-id = لا تطلب بطاقة هوية
filter-no-ssn = لا تطلب رقم الضمان الاجتماعي
filters-apply = طبّق خيارات التصفية
hit-languages = اللغات: { $languages }
why-heading = لماذا ظهرت هذه النتيجة:
why-words = الكلمات ⁨{ $words }⁩
why-category = موضوعها يطابق بحثك
verified-on = تم التحقق من المعلومات في { $date }
verified-unknown = لا نعرف متى تم التحقق من هذه المعلومات آخر مرة.
pager-label = الصفحات
pager-prev = الصفحة السابقة
pager-next = الصفحة التالية
pager-page = الصفحة { $page }
map-label = { $count ->
    [one] خريطة لنتيجة واحدة في هذه الصفحة
    [two] خريطة لنتيجتين في هذه الصفحة
    [few] خريطة لـ { $count } نتائج في هذه الصفحة
    [many] خريطة لـ { $count } نتيجة في هذه الصفحة
   *[other] خريطة لـ { $count } نتيجة في هذه الصفحة
}
map-hide = إخفاء الخريطة
map-show = إظهار الخريطة
empty-heading = لم نجد خدمات لهذا البحث
empty-body = هذا لا يعني أنه لا توجد مساعدة. يمكنك:
empty-clear-filters = البحث مرة أخرى بدون خيارات التصفية
empty-other-words = جرّب كلمات أخرى أو كلمات أقل، أو اختر موضوعًا من الأسفل.
empty-call-211 = الاتصال بالرقم 211 (مجاني، بأي لغة) للتحدث مع شخص يمكنه مساعدتك.
empty-browse = المواضيع

## علامات الثقة والتحذيرات القانونية

badge-doj-recognized = منظمة معترف بها من وزارة العدل (DOJ)
badge-doj-accredited = ممثلون معتمدون من وزارة العدل (DOJ)
badge-attorney = يعمل لديها محامون
notario-warning-title = احذر من احتيال «النوتاريو»
notario-warning-body = في الولايات المتحدة، «النوتاريو» أو الكاتب العدل (notary public) أو «مستشار الهجرة» ليس محاميًا، ولا يحق له أن يقدم استشارة قانونية في أمور الهجرة. فقط محامٍ مرخَّص أو ممثل معتمد من وزارة العدل (DOJ) يعمل في منظمة معترف بها يمكنه مساعدتك في قضية الهجرة الخاصة بك.
notario-warning-link = كيف تحمي نفسك

## صفحة الخدمة

service-offered-by = تقدمها
service-not-active = ربما تكون هذه الخدمة مغلقة الآن. اتصل قبل أن تذهب.
service-what = ماذا يقدمون
service-who = من يمكنه الحصول عليها
service-who-unknown = لا يذكر مقدم الخدمة من يمكنه الحصول على هذه الخدمة. اتصل واسأل.
service-ages-between = الأعمار من { $min } إلى { $max }
service-ages-from = الأعمار من { $min } فما فوق
service-ages-to = الأعمار حتى { $max }
service-cost = التكلفة
service-free = مجانًا
service-cost-unknown = لا يذكر مقدم الخدمة كم تكلف. اتصل واسأل.
service-how = كيف تحصل عليها
service-walk-in = يمكنك الذهاب مباشرة: لا تحتاج إلى موعد.
service-appointment = تحتاج إلى موعد.
service-languages = اللغات التي يتحدثونها
service-languages-unknown = لا يذكر مقدم الخدمة اللغات التي يتحدثونها.
service-documents = الوثائق التي يجب أن تحضرها
service-documents-none-listed = لا يذكر مقدم الخدمة وثائق يجب إحضارها.
service-no-id = لا تحتاج إلى بطاقة هوية.
service-no-ssn = لا تحتاج إلى رقم الضمان الاجتماعي.
service-where-when = أين ومتى
service-virtual = عبر الإنترنت أو بالهاتف
service-directions = الاتجاهات (OpenStreetMap)
service-hours = ساعات العمل
service-hours-unknown = ساعات العمل غير منشورة. اتصل قبل أن تذهب.
service-contact = التواصل
status-open = مفتوح الآن
status-open-closes = مفتوح الآن · يغلق الساعة { $time }
status-closed = مغلق الآن
status-closed-opens-today = مغلق الآن · يفتح اليوم الساعة { $time }
status-closed-opens-on = مغلق الآن · يفتح يوم { $day } الساعة { $time }
days-range = من { $first } إلى { $last }
hours-range = من { $opens } إلى { $closes }
hours-closed = مغلق
hours-all-day = مفتوح 24 ساعة
hours-zone = الأوقات بالتوقيت المحلي (⁨{ $zone }⁩).

## الإبلاغ عن مشكلة

report-heading = أبلغ عن مشكلة في هذه المعلومات
report-category = ما هي المشكلة؟
report-closed = الخدمة مغلقة أو لم تعد موجودة
report-wrong-phone = رقم الهاتف خطأ
report-wrong-address = العنوان خطأ
report-wrong-hours = ساعات العمل خطأ
report-wrong-languages = لا يتحدثون اللغات المذكورة
report-asked-for-payment = طلبوا مالًا مقابل خدمة مجانية
report-other = شيء آخر
report-details = أخبرنا بالمزيد (اختياري)
report-no-personal-data = لا تكتب اسمك أو رقم هاتفك أو عنوانك أو أي شيء عن وضعك من حيث الهجرة.
report-send = أرسل البلاغ
report-thanks = شكرًا لك. سيتحقق فريقنا من هذه المعلومات.
report-what-we-keep = نحفظ فقط المشكلة التي اخترتها والنص الذي كتبته واليوم الذي أرسلته فيه، بدون اسمك أو عنوانك أو جهازك، لمدة 180 يومًا على الأكثر، حتى يتحقق موظفونا من المعلومات.
report-not-taken-title = لم نتمكن من استلام بلاغك الآن
report-not-taken-body = تلقّت هذه الخدمة، أو هذا الموقع، بلاغات كثيرة اليوم، لذلك لم يُحفظ بلاغك. يُرجى المحاولة مرة أخرى غدًا، أو الاتصال بالخدمة للتأكد.

## صفحة المنظمة

organization-services = الخدمات
organization-no-services = لا تعرض هذه المنظمة أي خدمات الآن.

## اعرف حقوقك

rights-title = اعرف حقوقك
rights-lead = معلومات بلغة بسيطة عن حقوقك في الولايات المتحدة، مهما كان وضعك من حيث الهجرة.
rights-not-legal-advice = هذه معلومات عامة، وليست استشارة قانونية. للحصول على استشارة عن حالتك، تحدث مع محامٍ مرخَّص أو مع ممثل معتمد من وزارة العدل (DOJ).
rights-reviewed = آخر مراجعة في { $date }
rights-more = المزيد عن حقوقك

rights-home-title = حقوقك في البيت
rights-home-intro = ماذا تفعل إذا جاء موظفو الهجرة (ICE) أو الشرطة إلى بابك.
rights-home-point-1 = لست مضطرًا إلى فتح الباب. اطلب منهم أن يُروك أمر التفتيش (warrant) من خلال النافذة أو أن يدخلوه من تحت الباب.
rights-home-point-2 = استمارة من ICE (تُسمى «أمرًا إداريًا»، الاستمارة I-200 أو I-205) لا تسمح للموظفين بدخول بيتك. فقط أمر موقَّع من قاضٍ يسمح بذلك، ويجب أن يكون عنوانك مكتوبًا فيه.
rights-home-point-3 = لك الحق في التزام الصمت. يمكنك أن تقول: «أنا أستخدم حقي في التزام الصمت».
rights-home-point-4 = لا توقّع على أي أوراق لا تفهمها. لك الحق في التحدث مع محامٍ أولًا.
rights-home-point-5 = لا تكذب ولا تُظهر وثائق مزوّرة. ضع خطة مع عائلتك: من سيعتني بأطفالك، وبمن تتصلون.
rights-home-help = إذا انتُهكت حقوقك، اكتب ما حدث، وأسماء الموظفين وأرقام شاراتهم، وتواصل مع منظمة للمساعدة القانونية.

rights-work-title = حقوقك في العمل
rights-work-intro = معظم قوانين العمل تحمي جميع العمال، سواء كانت لديهم أوراق أم لا.
rights-work-point-1 = لك الحق في أن تحصل على الحد الأدنى للأجور على الأقل، وأن تحصل على أجر مقابل ساعات العمل الإضافية.
rights-work-point-2 = لك الحق في مكان عمل آمن. يمكنك الإبلاغ عن الأخطار بدون أن تُعاقَب.
rights-work-point-3 = لا يجوز لصاحب العمل أن يميّز ضدك بسبب أصلك القومي أو عرقك أو دينك أو جنسك.
rights-work-point-4 = من المخالف للقانون أن يهددك صاحب العمل بالاتصال بسلطات الهجرة لأنك اشتكيت من الأجر أو من السلامة.
rights-work-point-5 = احتفظ بسجل لساعات عملك وأجرك واسم صاحب العمل وعنوانه.
rights-work-help = يمكن لمركز عمال أو لمنظمة مساعدة قانونية أن يساعدك مجانًا في استرداد الأجور التي لم تُدفع لك.

rights-police-title = حقوقك مع الشرطة وICE
rights-police-intro = ماذا تفعل إذا أوقفوك في الشارع أو في سيارة، أو إذا اعتقلوك.
rights-police-point-1 = حافظ على هدوئك. لا تهرب ولا تجادل ولا تقاوم، حتى لو كنت تظن أن إيقافك غير عادل.
rights-police-point-2 = لك الحق في التزام الصمت. لست مضطرًا إلى الإجابة عن أسئلة عن مكان ولادتك أو عن وضعك من حيث الهجرة.
rights-police-point-3 = اسأل: «هل يمكنني أن أذهب؟» إذا قالوا نعم، فامشِ بهدوء.
rights-police-point-4 = لست مضطرًا إلى الموافقة على تفتيشك أو تفتيش سيارتك أو أغراضك.
rights-police-point-5 = إذا اعتقلوك، اطلب محاميًا فورًا. لا توقّع على أي شيء بدون محامٍ.
rights-police-point-6 = احفظ رقم هاتف أحد أفراد عائلتك ورقم محامٍ، في حال أخذوا منك هاتفك.
rights-police-help = إذا احتجزت سلطات الهجرة أنت أو أحد أفراد عائلتك، تواصل مع منظمة للمساعدة القانونية بأسرع وقت ممكن.

rights-school-title = حقوقك في المدرسة
rights-school-intro = لكل الأطفال في الولايات المتحدة الحق في التعليم العام المجاني.
rights-school-point-1 = يجب على المدارس العامة قبول الأطفال مهما كان وضعهم أو وضع والديهم من حيث الهجرة.
rights-school-point-2 = لا يجوز للمدارس أن تطلب رقم الضمان الاجتماعي أو أوراق الهجرة لتسجيل طفل.
rights-school-point-3 = يمكن للمدارس أن تطلب إثباتًا أنك تسكن في المنطقة التعليمية وإثباتًا لعمر طفلك. وهي تقبل وثائق كثيرة مختلفة.
rights-school-point-4 = لك الحق في مترجم مجانًا عندما تتحدث مع المدرسة.
rights-school-point-5 = الأطفال الذين يتعلمون الإنجليزية لهم الحق في دعم لغوي.
rights-school-help = إذا رفضت مدرسة تسجيل طفلك، اطلب الرفض مكتوبًا وتواصل مع منظمة للمساعدة القانونية.

rights-notario-title = تجنّب احتيال «النوتاريو»
rights-notario-intro = بعض الأشخاص يدّعون أنهم يستطيعون المساعدة في أوراق الهجرة، ثم يأخذون مالك.
rights-notario-point-1 = في بلاد كثيرة، «النوتاريو» محامٍ. أما في الولايات المتحدة، فالكاتب العدل (notary public) ليس محاميًا، ولا يستطيع المساعدة في قضايا الهجرة.
rights-notario-point-2 = فقط محامٍ مرخَّص، أو ممثل معتمد من وزارة العدل (DOJ) يعمل في منظمة معترف بها من وزارة العدل، يمكنه أن يقدم استشارة قانونية في أمور الهجرة.
rights-notario-point-3 = لا تدفع أبدًا لشخص يعدك بالحصول على البطاقة الخضراء (green card) أو تصريح عمل أو «قانون خاص» بسرعة أو بشكل مؤكد.
rights-notario-point-4 = لا توقّع أبدًا على استمارة فارغة أو استمارة فيها معلومات غير صحيحة. اطلب دائمًا نسخًا من كل ما توقّع عليه وتقدّمه.
rights-notario-point-5 = استمارات الحكومة مجانية ويمكن تنزيلها من موقع uscis.gov. احذر من أي شخص يطلب منك مالًا مقابل الاستمارات نفسها.
rights-notario-help = إذا كنت ضحية لاحتيال «النوتاريو»، تواصل مع منظمة للمساعدة القانونية. يمكنك الإبلاغ عن ذلك حتى لو لم تكن لديك أوراق.

## من نحن والخصوصية

about-title = من نحن والخصوصية
about-lead = Puerta دليل مجاني للخدمات المقدمة للمهاجرين واللاجئين. وهو برنامج مفتوح المصدر تديره منظمات محلية.
privacy-heading = خصوصيتك
privacy-not-stored-heading = ما لا نحفظه
privacy-no-accounts = لا توجد حسابات. لا نطلب أبدًا اسمك أو رقم هاتفك أو عنوانك.
privacy-no-search-logs = لا نحفظ ما تبحث عنه، ولا الصفحات التي تزورها، ولا رمزك البريدي.
privacy-no-analytics = لا توجد تحليلات، ولا إعلانات، ولا تتبّع.
privacy-no-third-parties = الصفحات لا تحمّل أي شيء من مواقع أخرى: لا خطوط ولا خرائط ولا برامج (scripts) من شركات أخرى.
privacy-no-status = لا نسأل أبدًا عن وضعك من حيث الهجرة.
privacy-stored-heading = ما نحفظه
privacy-language-cookie = ملف تعريف ارتباط (cookie) واحد اسمه «lang»، فقط إذا اخترت لغة: يتذكر لغتك لمدة سنة واحدة. ولا يحتوي على أي شيء آخر.
privacy-reports = إذا أبلغت عن مشكلة في معلومات خدمة، نحفظ في قاعدة بياناتنا المشكلة التي اخترتها والنص الذي كتبته واليوم الذي أرسلته فيه (وليس الساعة). لا نحفظ اسمك أو عنوانك أو جهازك أو عنوان IP الخاص بك. لا يقرأ البلاغات إلا الموظفون الذين يحدّثون هذا الدليل. يحذفون كل بلاغ بعد التحقق من المعلومات، وتُحذف كل البلاغات بعد 180 يومًا على الأكثر.
privacy-server-logs = يسجّل خادمنا معلومات تقنية (نوع الصفحة المطلوبة، وهل نجح الطلب، وكم استغرق من الوقت)، ولا يسجّل أبدًا ما تبحث عنه أو ما تكتبه.
about-data-heading = من أين تأتي المعلومات
about-data-body = تضيف المنظمات المحلية الخدمات، ويتحقق منها موظفونا. كل صفحة خدمة تُظهر متى تم التحقق من معلوماتها آخر مرة. اتصل دائمًا قبل أن تذهب.
about-translations-heading = الترجمات
about-translations-body = الصفحات مكتوبة بالإنجليزية ومترجمة. هذا هو مدى مراجعة كل ترجمة:
about-translations-language = اللغة
about-translations-state = الحالة
review-state-source = النص الأصلي
review-state-reviewed = راجعها متحدث يتقن اللغة
review-state-draft = مسودة، لم يراجعها بعدُ متحدث يتقن اللغة
review-state-machine = ترجمة آلية، لم تُراجَع بعد
review-state-missing = لم تُترجم بعد (تظهر بالإنجليزية)
review-state-unknown = غير مذكورة

## التواريخ والأوقات والمسافات

time-style = 12h
time-am = ص
time-pm = م
weekday-mon = الاثنين
weekday-tue = الثلاثاء
weekday-wed = الأربعاء
weekday-thu = الخميس
weekday-fri = الجمعة
weekday-sat = السبت
weekday-sun = الأحد
date-long = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
distance-miles = { $miles } ميل ({ $km } كم)

## أسماء اللغات

language-en = الإنجليزية
language-es = الإسبانية
language-zh = الصينية
language-yue = الكانتونية
language-tl = التاغالوغية
language-vi = الفيتنامية
language-ar = العربية
language-fr = الفرنسية
language-ht = الكريولية الهايتية
language-ko = الكورية
language-ru = الروسية
language-pt = البرتغالية
language-uk = الأوكرانية
language-fa = الفارسية
language-prs = الدارية
language-ps = البشتو
language-am = الأمهرية
language-so = الصومالية
language-sw = السواحيلية
language-ti = التغرينية
language-tr = التركية
language-ne = النيبالية
language-my = البورمية
language-mam = لغة المام
language-asl = لغة الإشارة الأمريكية

## الخطة

plan-nav = خطتي ({ $count })
plan-title = خطتي
plan-print-title = خطتي (للطباعة)
plan-lead = الخدمات التي اخترتها. خطتك محفوظة فقط في عنوان هذه الصفحة، وليست على خادمنا: احتفظ بالرابط، أو اطبع الصفحة، أو امسح رمز QR.
plan-add = أضف إلى خطتي
plan-in-plan = موجودة في خطتك
plan-full = خطتك ممتلئة (20 خدمة). احذف خدمة لتضيف خدمة أخرى.
plan-empty = خطتك فارغة. ابحث عن خدمات واختر «أضف إلى خطتي».
plan-find-more = ابحث عن خدمات أخرى
plan-remove = احذف ⁨{ $name }⁩ من خطتي
plan-damaged = لم نتمكن من قراءة جزء من رابط هذه الخطة. تأكد أنك نسخت الرابط كاملًا.
plan-missing = { $count ->
    [one] خدمة واحدة في هذه الخطة لم تعد موجودة في الدليل.
    [two] خدمتان في هذه الخطة لم تعودا موجودتين في الدليل.
    [few] { $count } خدمات في هذه الخطة لم تعد موجودة في الدليل.
    [many] { $count } خدمة في هذه الخطة لم تعد موجودة في الدليل.
   *[other] { $count } خدمة في هذه الخطة لم تعد موجودة في الدليل.
}
plan-share-heading = احتفظ بخطتك أو شاركها
plan-share-link = رابط هذه الخطة:
plan-share-hint = أي شخص لديه هذا الرابط أو رمز QR يمكنه أن يرى الخدمات في هذه الخطة. الرابط لا يحتوي على اسمك.
plan-qr-alt = رمز QR فيه رابط هذه الخطة
plan-print = نسخة للطباعة
plan-print-hint = استخدم أمر «طباعة» في متصفحك لطباعة هذه الصفحة أو لحفظها كملف PDF.
plan-back = ارجع إلى خطتي
plan-printed-on = طُبعت في { $date }. اتصل قبل أن تذهب: قد تتغير ساعات العمل.
plan-send-heading = أرسل الرابط برسالة نصية أو بالبريد الإلكتروني
plan-send-to = رقم الهاتف أو عنوان البريد الإلكتروني
plan-send-hint = مثلًا 937 555 0101 أو name@example.org. نستخدمه فقط لإرسال هذه الرسالة ولا نحفظه.
plan-send-button = أرسل الرابط
plan-send-disabled = الإرسال برسالة نصية أو بالبريد الإلكتروني غير متاح بعد في هذه المدينة. يمكنك نسخ الرابط، أو طباعة الخطة، أو مسح رمز QR.
plan-send-failed = لم نتمكن من إرسال الرسالة. يُرجى المحاولة لاحقًا، أو انسخ الرابط.
plan-send-empty = اكتب رقم هاتف أو عنوان بريد إلكتروني.
plan-send-bad-phone = يبدو أن رقم الهاتف هذا غير صحيح. اكتب 10 أرقام، مثل 937 555 0101، أو علامة + ثم رمز البلد.
plan-send-bad-email = يبدو أن عنوان البريد الإلكتروني هذا غير صحيح. تأكد منه، مثلًا name@example.org.
plan-send-empty-plan = خطتك فارغة: لا يوجد شيء لإرساله بعد.
plan-sent-sms = أرسلنا الرابط برسالة نصية.
plan-sent-email = أرسلنا الرابط بالبريد الإلكتروني.
plan-message = خطتك من { $site }: { $link }
