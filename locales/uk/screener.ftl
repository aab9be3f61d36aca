# Сторінки Puerta для мешканців: українська мова (підбір програм).
# review-state: draft
# Machine-drafted by the Puerta team; not yet reviewed by a fluent speaker.

## Screener

home-screener-heading = Програми, які можуть вам підійти
home-screener-body = Дайте відповідь на кілька коротких запитань і дізнайтеся, які програми можуть вам допомогти і куди по них звертатися. На будь-яке запитання можна не відповідати, і ми не зберігаємо нічого з того, що ви вводите.
home-screener-link = Почати підбір програм
screener-title = Підбір програм
screener-intro-heading = Які програми можуть вам допомогти?
screener-intro-lead = Дайте відповідь на кілька коротких запитань, по одній темі за раз. Ми покажемо програми, які можуть вам допомогти, пояснимо чому і покажемо служби, які допоможуть подати заяву.
screener-intro-optional = На будь-яке запитання можна не відповідати: пропустіть запитання або тему, якщо не хочете відповідати.
screener-intro-not-stored = Ми не зберігаємо нічого з того, що ви вводите: ваші відповіді є лише в адресі цієї сторінки і зникнуть, коли ви її закриєте.
screener-intro-no-status = Ми не питаємо про ваш імміграційний статус. Лише останній розділ — перевірка громадянства для постійних резидентів (власників грін-карти) — питає про вашу грін-карту, і на нього можна не відповідати.
screener-intro-shared-device = Якщо ви користуєтеся спільним комп’ютером, закрийте вікно браузера, коли закінчите.
screener-not-legal-advice = Це загальна інформація, а не юридична консультація. Точно сказати може лише сама програма, адвокат або представник, акредитований Міністерством юстиції США (DOJ).
screener-start = Почати
screener-step-of = Крок { $step } з { $total }
screener-next = Далі
screener-skip = Пропустити цю тему
screener-back = Назад
screener-see-results = Переглянути результати
screener-optional = Необов’язково
screener-yes = Так
screener-no = Ні
screener-not-sure = Пропустити / не знаю
screener-choose = Пропустити / виберіть варіант
screener-invalid = Ми не змогли прочитати одну відповідь на цій сторінці, тому не врахували її. Перевірте її або залиште поле порожнім.
screener-invalid-some = Ми не змогли прочитати деякі ваші відповіді, тому не врахували їх. Ви можете змінити відповіді нижче.
screener-you = Ви
screener-member = Член сім’ї № { $n }
screener-city = Sycamore Falls
screener-county = Ashgrove
screener-step-place = Де ви живете
screener-step-place-lead = Багато програм призначені для тих, хто живе в місті або в окрузі.
screener-step-household = Вік і сім’я
screener-step-household-lead = Ваша сім’я — це люди, які живуть із вами і ділять із вами їжу або гроші.
screener-step-income = Дохід і соціальна допомога
screener-step-income-lead = Деякі програми призначені для сімей із невеликим доходом. Можна вказати приблизно.
screener-step-work = Робота і бізнес
screener-step-work-lead = Деякі програми допомагають тим, хто має малий бізнес, або тим, хто служив у збройних силах.
screener-step-legal = Юридична ситуація
screener-step-legal-lead = Ми питаємо про це лише для того, щоб підказати, де знайти безкоштовну юридичну допомогу. Цей крок можна пропустити.
screener-step-citizenship = Перевірка для отримання громадянства
screener-step-citizenship-lead = Цей розділ лише для постійних резидентів (власників грін-карти), які хочуть дізнатися, коли можна подати заяву на громадянство США (натуралізацію). Якщо це не про вас або ви не хочете відповідати, пропустіть його.
screener-citizenship-skip-all = Пропустити цей розділ і переглянути результати
screener-q-state = У якому штаті ви живете?
screener-q-lives-in-city = Ви живете в місті { $city }?
screener-q-lives-in-county = Ви живете в окрузі { $county }?
screener-q-lives-in-county-hint = Місто входить до округу.
screener-q-has-photo-identity-document = Чи маєте ви посвідчення особи з фотографією з будь-якої країни?
screener-q-has-photo-identity-document-hint = Наприклад, паспорт, консульське посвідчення або водійське посвідчення — з будь-якої країни.
screener-q-has-proof-of-city-address = Чи можете ви підтвердити документом свою адресу в місті?
screener-q-has-proof-of-city-address-hint = Наприклад, договір оренди, рахунок за комунальні послуги, банківська виписка або лист із притулку чи неприбуткової організації.
screener-q-age = Скільки вам років?
screener-q-enrolled-in-high-school = Ви зараз навчаєтеся в старшій школі (high school)?
screener-q-enrolled-in-high-school-hint = Це важливо, лише якщо вам 16 або 17 років.
screener-q-household-size = Скільки людей у вашій сім’ї, разом із вами?
screener-members-hint = Ви можете вказати до 5 інших людей, які живуть із вами. Щоб пропустити людину, залиште її поля порожніми.
screener-q-relationship = Ким вам доводиться
screener-q-member-age = Вік
screener-relationship-spouse = Чоловік або дружина
screener-relationship-child = Син або донька
screener-relationship-parent = Батько або мати
screener-relationship-sibling = Брат або сестра
screener-relationship-other = Інше
screener-q-household-annual-income = Який загальний дохід вашої сім’ї за рік до сплати податків?
screener-q-household-annual-income-hint = У доларах США, для всіх членів сім’ї разом. Можна вказати приблизно.
screener-q-receives-means-tested-benefit = Чи отримує хтось у сім’ї соціальну допомогу, яка залежить від доходу?
screener-q-receives-means-tested-benefit-hint = Наприклад, Medicaid, SNAP (талони на харчування, food stamps), SSI, TANF або допомогу з житлом.
screener-q-receives-snap-or-wic = Чи отримує хтось у сім’ї SNAP (талони на харчування) або WIC?
screener-q-extreme-financial-hardship = Чи маєте ви зараз серйозні проблеми з грошима?
screener-q-extreme-financial-hardship-hint = Наприклад, великі рахунки за лікування, втрата роботи або стихійне лихо.
screener-q-runs-or-plans-small-business = Чи маєте ви малий бізнес або плануєте його відкрити?
screener-q-runs-or-plans-small-business-hint = Продаж їжі з візка або з дому теж рахується.
screener-q-military-service = Ви служите або служили у збройних силах США?
screener-q-facing-removal-proceedings = Чи маєте ви справу в імміграційному суді?
screener-q-facing-removal-proceedings-hint = Наприклад, ви отримали «Повідомлення про явку до суду» (Notice to Appear). Можливо, безкоштовний адвокат зможе вас захищати.
screener-q-permanent-resident-since = Коли ви стали постійним резидентом?
screener-q-permanent-resident-since-hint = Дата «Resident since» на вашій грін-карті.
screener-q-lives-in-state-since = Відколи ви живете у вашому теперішньому штаті?
screener-q-married = Ви перебуваєте у шлюбі?
screener-q-spouse-is-us-citizen = Ваш чоловік або дружина — громадянин США?
screener-q-married-to-citizen-since = Відколи ви перебуваєте у шлюбі й живете разом із чоловіком або дружиною — громадянином США?
screener-q-days-outside-us-last-5y = Скільки всього днів за останні 5 років ви провели за межами США?
screener-q-days-outside-us-last-5y-hint = Можна вказати приблизно, у днях: 6 місяців — це близько 180 днів.
screener-q-longest-trip-days-last-5y = Скільки днів тривала ваша найдовша поїздка за межі США за останні 5 років?
screener-q-days-outside-us-last-3y = Скільки всього днів за останні 3 роки ви провели за межами США?
screener-q-longest-trip-days-last-3y = Скільки днів тривала ваша найдовша поїздка за межі США за останні 3 роки?
screener-results-title = Програми, які можуть вам допомогти
screener-results-lead = Перевірено { $date } за вашими відповідями.
screener-likely-heading = Найімовірніше, підходять
screener-likely-hint = За вашими відповідями, ці програми вам, найімовірніше, підходять. Щоб подати заяву, зверніться до однієї зі служб нижче.
screener-maybe-heading = Можливо, підходять
screener-maybe-hint = Щоб сказати точніше, нам потрібно трохи більше інформації. Помічник із програм може вам допомогти.
screener-unlikely-heading = { $count ->
    [one] Інші програми ({ $count })
    [few] Інші програми ({ $count })
    [many] Інші програми ({ $count })
   *[other] Інші програми ({ $count })
}
screener-unlikely-hint = За вашими відповідями, ці програми підходять вам з меншою ймовірністю. Але в правилах бувають винятки: помічник із програм може перевірити це разом із вами.
screener-group-empty = За вашими відповідями поки нічого немає.
screener-needs = Нам потрібно знати: { $facts }.
screener-why = Чому
screener-amount = Сума: { $amount }
screener-threshold = Використана цифра: { $value } (джерело: { $sources }).
screener-threshold-dated = Використана цифра: { $value } (джерело: { $sources }; діє з { $date }).
screener-check-legal-provider = Уточніть в організації юридичної допомоги.
screener-flag-review = Частину цього має перевірити юрист: уточніть в організації юридичної допомоги.
screener-flag-borderline = Ваша відповідь точно на межі, а джерела описують цю межу по-різному: уточніть в організації юридичної допомоги.
screener-flag-single-source = Одна з цифр тут узята з єдиного джерела, і ми не змогли її перевірити: уточніть в організації юридичної допомоги.
screener-flag-no-parameter = У нас немає цифри, яка діє сьогодні: уточніть в організації юридичної допомоги.
screener-flag-unverified = Одна з цифр тут ще не підтверджена: уточніть в організації юридичної допомоги.
screener-services = Де отримати допомогу
screener-services-none = Для цієї програми поки немає послуг у списку. Зателефонуйте 211, щоб отримати допомогу.
screener-more-services = Знайти інші схожі послуги
screener-change-answers = Змінити відповіді
screener-start-over = Почати заново без відповідей
screener-unit-years = { $n ->
    [one] { $n } рік
    [few] { $n } роки
    [many] { $n } років
   *[other] { $n } року
}
screener-unit-months = { $n ->
    [one] { $n } місяць
    [few] { $n } місяці
    [many] { $n } місяців
   *[other] { $n } місяця
}
screener-unit-days = { $n ->
    [one] { $n } день
    [few] { $n } дні
    [many] { $n } днів
   *[other] { $n } дня
}
fact-age = ваш вік
fact-relationship = ким вам доводиться кожна людина
fact-receives-means-tested-benefit = чи отримує хтось соціальну допомогу, яка залежить від доходу
fact-household-size = скільки людей у вашій сім’ї
fact-household-annual-income = дохід вашої сім’ї
fact-household-income-pct-fpg = дохід вашої сім’ї порівняно з порогом бідності
fact-state = ваш штат
fact-lives-in-city = чи живете ви в місті
fact-permanent-resident-since = дата, коли ви стали постійним резидентом
fact-years-as-permanent-resident = скільки часу ви є постійним резидентом
fact-married = чи перебуваєте ви у шлюбі
fact-spouse-is-us-citizen = чи є ваш чоловік або дружина громадянином США
fact-married-to-citizen-since = відколи ви у шлюбі з чоловіком або дружиною — громадянином США
fact-lives-in-state-since = відколи ви живете у своєму штаті
fact-days-outside-us-last-5y = скільки днів за останні 5 років ви провели за межами США
fact-days-outside-us-last-3y = скільки днів за останні 3 роки ви провели за межами США
fact-longest-trip-days-last-5y = ваша найдовша поїздка за межі США за останні 5 років
fact-longest-trip-days-last-3y = ваша найдовша поїздка за межі США за останні 3 роки
fact-facing-removal-proceedings = чи маєте ви справу в імміграційному суді
fact-military-service = чи служили ви у збройних силах США
fact-extreme-financial-hardship = чи маєте ви серйозні проблеми з грошима
fact-lives-in-county = чи живете ви в окрузі
fact-enrolled-in-high-school = чи навчаєтеся ви в старшій школі
fact-receives-snap-or-wic = чи отримує хтось SNAP або WIC
fact-runs-or-plans-small-business = чи маєте ви малий бізнес або плани його відкрити
fact-has-photo-identity-document = чи маєте ви посвідчення особи з фотографією
fact-has-proof-of-city-address = чи можете ви підтвердити свою адресу в місті
rule-all = Виконуються всі ці умови.
rule-any = Виконується хоча б одна з цих умов.
rule-not = Ця умова не виконується.
rule-any-member = Хтось у вашій сім’ї відповідає цій умові.
rule-all-members = Усі у вашій сім’ї відповідають цій умові.
rule-is-true = { $verdict ->
    [likely] Так: { $fact }.
   *[other] Ні: { $fact }.
}
rule-is-false = { $verdict ->
    [likely] Ні: { $fact }.
   *[other] Так: { $fact }.
}
rule-one-of = { $fact }: { $value }.
rule-compare-at-least = { $fact }: { $value } (потрібно щонайменше { $threshold }).
rule-compare-at-most = { $fact }: { $value } (щонайбільше { $threshold }).
rule-compare-greater-than = { $fact }: { $value } (потрібно більше, ніж { $threshold }).
rule-compare-less-than = { $fact }: { $value } (потрібно менше, ніж { $threshold }).
rule-compare-equals = { $fact }: { $value } (потрібно: { $threshold }).
rule-income-at-most-fpg-percent = { $verdict ->
    [likely] Дохід вашої сім’ї ({ $income } на рік, людей у сім’ї: { $household-size }) не перевищує { $limit-percent }% федерального порогу бідності на { $year } рік: { $limit }.
    [unlikely] Дохід вашої сім’ї ({ $income } на рік, людей у сім’ї: { $household-size }) перевищує { $limit-percent }% федерального порогу бідності на { $year } рік: { $limit }.
   *[other] Дохід вашої сім’ї ({ $income } на рік, людей у сім’ї: { $household-size }) близький до { $limit-percent }% федерального порогу бідності на { $year } рік: { $limit }.
}
rule-income-at-least-fpg-percent = { $verdict ->
    [likely] Дохід вашої сім’ї ({ $income } на рік, людей у сім’ї: { $household-size }) становить щонайменше { $limit-percent }% федерального порогу бідності на { $year } рік: { $limit }.
   *[other] Дохід вашої сім’ї ({ $income } на рік, людей у сім’ї: { $household-size }) нижчий за { $limit-percent }% федерального порогу бідності на { $year } рік: { $limit }.
}
rule-income-greater-than-fpg-percent = { $verdict ->
    [likely] Дохід вашої сім’ї ({ $income } на рік, людей у сім’ї: { $household-size }) вищий за { $limit-percent }% федерального порогу бідності на { $year } рік: { $limit }.
   *[other] Дохід вашої сім’ї ({ $income } на рік, людей у сім’ї: { $household-size }) не вищий за { $limit-percent }% федерального порогу бідності на { $year } рік: { $limit }.
}
rule-income-less-than-fpg-percent = { $verdict ->
    [likely] Дохід вашої сім’ї ({ $income } на рік, людей у сім’ї: { $household-size }) нижчий за { $limit-percent }% федерального порогу бідності на { $year } рік: { $limit }.
   *[other] Дохід вашої сім’ї ({ $income } на рік, людей у сім’ї: { $household-size }) не нижчий за { $limit-percent }% федерального порогу бідності на { $year } рік: { $limit }.
}
rule-income-equals-fpg-percent = Дохід вашої сім’ї ({ $income } на рік, людей у сім’ї: { $household-size }) порівняно з { $limit-percent }% федерального порогу бідності на { $year } рік: { $limit }.
rule-elapsed-since = { $verdict ->
    [likely] { $date } минув строк у { $period } (від { $since }).
   *[other] { $date } мине строк у { $period } (від { $since }).
}
rule-physical-presence = Ви були в США { $days-present } з останніх { $window-days }: потрібно щонайменше { $threshold }.
rule-continuous-residence = { $band ->
    [short] Ваша найдовша поїздка за межі США ({ $days }) була коротшою за 6 місяців.
    [presumption] Ваша найдовша поїздка за межі США ({ $days }) була довшою за 6 місяців: це може перервати «безперервне проживання» (continuous residence), якщо ви не доведете протилежне. Уточніть в організації юридичної допомоги.
    [possible-break] Ваша найдовша поїздка за межі США ({ $days }) могла тривати 1 рік або довше: уточніть в організації юридичної допомоги.
   *[break] Ваша найдовша поїздка за межі США ({ $days }) тривала 1 рік або довше: зазвичай це перериває «безперервне проживання» (continuous residence). Уточніть в організації юридичної допомоги.
}
rule-n400-path-general = Загальний шлях: через 5 років у статусі постійного резидента.
rule-n400-path-spouse = Шлях для чоловіків і дружин громадян США: через 3 роки.
rule-n400-min-age = { $verdict ->
    [likely] Вам { $value }: щоб подати заяву, потрібно щонайменше { $threshold }.
   *[other] Вам { $value }: подати заяву можна, коли вам виповниться { $threshold }.
}
rule-n400-earliest-filing = { $verdict ->
    [likely] За загальним шляхом (5 років) ви могли подати заяву починаючи з { $date } ({ $period } у статусі постійного резидента з { $since }, мінус { $early-days }): ця дата вже минула.
   *[other] За загальним шляхом (5 років) найраніша дата подання заяви — { $date } ({ $period } у статусі постійного резидента з { $since }, мінус { $early-days }).
}
rule-n400-earliest-filing-spouse = { $verdict ->
    [likely] За шляхом для чоловіків і дружин громадян США (3 роки) ви могли подати заяву починаючи з { $date } ({ $period } у статусі постійного резидента з { $since }, мінус { $early-days }): ця дата вже минула.
   *[other] За шляхом для чоловіків і дружин громадян США (3 роки) найраніша дата подання заяви — { $date } ({ $period } у статусі постійного резидента з { $since }, мінус { $early-days }).
}
rule-n400-state-residence = { $verdict ->
    [likely] Ви живете у своєму штаті з { $since }: потрібно щонайменше { $period }.
   *[other] Ви живете у своєму штаті з { $since }: потрібно { $period } (цей строк настане { $date }).
}
rule-n400-married = { $verdict ->
    [likely] Ви перебуваєте у шлюбі.
   *[other] Ви сказали, що не перебуваєте у шлюбі, тому шлях для чоловіків і дружин громадян США (3 роки) вас не стосується.
}
rule-n400-spouse-citizen = { $verdict ->
    [likely] Ваш чоловік або дружина — громадянин США.
   *[other] Ви сказали, що ваш чоловік або дружина не громадянин США, тому шлях для чоловіків і дружин громадян США (3 роки) вас не стосується.
}
rule-n400-marital-union = { $verdict ->
    [likely] Ви перебуваєте у шлюбі й живете разом із чоловіком або дружиною — громадянином США з { $since }: потрібно щонайменше { $period }.
   *[other] Ви перебуваєте у шлюбі й живете разом із чоловіком або дружиною — громадянином США з { $since }: потрібно { $period } (цей строк настане { $date }).
}
rule-n400-fee-waiver-benefit = { $verdict ->
    [likely] { $person ->
        [you] Ви отримуєте соціальну допомогу, яка залежить від доходу.
       *[member] { $who } отримує соціальну допомогу, яка залежить від доходу.
    }
   *[other] { $person ->
        [you] Ви не отримуєте соціальної допомоги, яка залежить від доходу.
       *[member] { $who } не отримує соціальної допомоги, яка залежить від доходу.
    }
}
rule-n400-fee-waiver-benefit-relative = { $verdict ->
    [likely] { $person ->
        [you] Ваша власна допомога враховується.
       *[member] { $who } — ваш чоловік, дружина або дитина: допомога цієї людини враховується.
    }
   *[other] { $who } — не ваш чоловік, дружина чи дитина: щодо інших родичів уточніть в організації юридичної допомоги.
}
rule-n400-fee-waiver-benefit-parent-or-sibling = Ваш батько, мати, брат або сестра, які живуть із вами, отримують соціальну допомогу, яка залежить від доходу: це може враховуватися. Уточніть в організації юридичної допомоги.
rule-n400-fee-waiver-hardship = { $verdict ->
    [unlikely] Ви не сказали, що маєте серйозні проблеми з грошима.
   *[other] Ви маєте серйозні проблеми з грошима: організація юридичної допомоги може допомогти вам довести крайні фінансові труднощі (extreme financial hardship).
}
rule-n400-fee-military = { $verdict ->
    [likely] Ви служите або служили у збройних силах США: можливо, збір платити не доведеться.
   *[other] Ви сказали, що не служили у збройних силах США.
}
rule-n400-fee-full-not-military = { $verdict ->
    [likely] Ви сказали, що не служили у збройних силах США.
   *[other] Ви служите або служили у збройних силах США, тому вас, можливо, звільнять від збору.
}
rule-n400-fee-full-income-over-reduced-limit = Дохід вашої сім’ї вищий за межу для зниженого збору.
rule-city-resident = { $verdict ->
    [likely] Ви живете в місті.
   *[other] Ви сказали, що не живете в місті.
}
rule-county-resident = { $verdict ->
    [likely] Ви живете в окрузі.
   *[other] Ви сказали, що не живете в окрузі.
}
rule-city-or-county-resident = { $verdict ->
    [likely] Ви живете в місті або в окрузі.
   *[other] Ви сказали, що не живете ні в місті, ні в окрузі.
}
rule-city-id-min-age = Вам { $value }: міське посвідчення видають тим, кому виповнилося { $threshold }.
rule-city-id-photo-identity = { $verdict ->
    [likely] Ви маєте посвідчення особи з фотографією з якоїсь країни.
   *[other] Ви сказали, що не маєте посвідчення особи з фотографією. Помічник із програм підкаже, які інші документи можуть підійти.
}
rule-city-id-proof-of-address = { $verdict ->
    [likely] Ви можете підтвердити свою адресу в місті.
   *[other] Ви сказали, що не можете підтвердити свою адресу. Може підійти лист із притулку чи неприбуткової організації: запитайте помічника з програм.
}
rule-esl-age = { $verdict ->
    [likely] Ваш вік підходить для занять.
   *[other] Заняття — для дорослих, а також для підлітків 16–17 років, які не навчаються в старшій школі.
}
rule-esl-adult = { $verdict ->
    [likely] Вам { $value }: заняття — для дорослих, яким виповнилося { $threshold }.
   *[other] Вам { $value }: на заняття для дорослих приймають тих, кому виповнилося { $threshold }.
}
rule-esl-teen-out-of-school = { $verdict ->
    [likely] Ви підліток і не навчаєтеся в старшій школі: ви можете записатися.
   *[other] Підлітки можуть записатися, лише якщо вони не навчаються в старшій школі.
}
rule-esl-min-age = { $verdict ->
    [likely] Вам { $value }: потрібно щонайменше { $threshold }.
   *[other] Вам { $value }: на заняття приймають тих, кому виповнилося { $threshold }.
}
rule-esl-not-in-high-school = { $verdict ->
    [likely] Ви не навчаєтеся в старшій школі.
   *[other] Ви навчаєтеся в старшій школі: ваша школа допомагає з англійською мовою.
}
rule-food-snap-or-wic = { $verdict ->
    [likely] { $person ->
        [you] Ви отримуєте SNAP або WIC.
       *[member] { $who } отримує SNAP або WIC.
    }
   *[other] { $person ->
        [you] Ви не отримуєте ні SNAP, ні WIC.
       *[member] { $who } не отримує ні SNAP, ні WIC.
    }
}
rule-food-snap-or-wic-household = { $verdict ->
    [likely] Хтось у вашій сім’ї отримує SNAP або WIC.
   *[other] Ніхто у вашій сім’ї не отримує ні SNAP, ні WIC.
}
rule-facing-removal-proceedings = { $verdict ->
    [likely] Ви маєте справу в імміграційному суді: фонд оплачує адвоката, який захищатиме вас.
   *[other] Ви сказали, що не маєте справи в імміграційному суді.
}
rule-small-business-owner = { $verdict ->
    [likely] Ви маєте малий бізнес або плануєте його відкрити.
   *[other] Ви сказали, що не маєте малого бізнесу і не плануєте його відкривати.
}
rule-n400-fee-waiver-benefit-parent-relative = { $verdict ->
    [likely] { $who } — ваш батько чи мати, брат або сестра: їхня допомога може враховуватися.
   *[other] { $person ->
        [you] Ця частина стосується батьків, брата або сестри, які живуть з вами.
       *[member] { $who } — не ваш батько чи мати, брат або сестра.
    }
}
