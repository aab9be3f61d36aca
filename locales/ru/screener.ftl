# Страницы Puerta для жителей: русский язык (подбор программ).
# review-state: draft
# Machine-drafted by the Puerta team; not yet reviewed by a fluent speaker.

## Screener

home-screener-heading = Программы, которые могут вам подойти
home-screener-body = Ответьте на несколько коротких вопросов и узнайте, какие программы могут вам помочь и куда за ними обращаться. На любой вопрос можно не отвечать, и мы не сохраняем ничего из того, что вы вводите.
home-screener-link = Начать подбор программ
screener-title = Подбор программ
screener-intro-heading = Какие программы могут вам помочь?
screener-intro-lead = Ответьте на несколько коротких вопросов, по одной теме за раз. Мы покажем программы, которые могут вам помочь, объясним почему и покажем службы, которые помогут подать заявление.
screener-intro-optional = На любой вопрос можно не отвечать: пропустите вопрос или тему, если не хотите отвечать.
screener-intro-not-stored = Мы не сохраняем ничего из того, что вы вводите: ваши ответы есть только в адресе этой страницы и исчезнут, когда вы её закроете.
screener-intro-no-status = Мы не спрашиваем о вашем иммиграционном статусе. Только последний раздел — проверка гражданства для постоянных резидентов (владельцев грин-карты) — спрашивает о вашей грин-карте, и на него можно не отвечать.
screener-intro-shared-device = Если вы пользуетесь общим компьютером, закройте окно браузера, когда закончите.
screener-not-legal-advice = Это общая информация, а не юридическая консультация. Точно сказать может только сама программа, адвокат или представитель, аккредитованный Министерством юстиции США (DOJ).
screener-start = Начать
screener-step-of = Шаг { $step } из { $total }
screener-next = Далее
screener-skip = Пропустить эту тему
screener-back = Назад
screener-see-results = Посмотреть результаты
screener-optional = Необязательно
screener-yes = Да
screener-no = Нет
screener-not-sure = Пропустить / не знаю
screener-choose = Пропустить / выберите вариант
screener-invalid = Мы не смогли прочитать один ответ на этой странице, поэтому не учли его. Проверьте его или оставьте поле пустым.
screener-invalid-some = Мы не смогли прочитать некоторые ваши ответы, поэтому не учли их. Вы можете изменить ответы ниже.
screener-you = Вы
screener-member = Член семьи № { $n }
screener-city = Sycamore Falls
screener-county = Ashgrove
screener-step-place = Где вы живёте
screener-step-place-lead = Многие программы предназначены для тех, кто живёт в городе или в округе.
screener-step-household = Возраст и семья
screener-step-household-lead = Ваша семья — это люди, которые живут с вами и делят с вами еду или деньги.
screener-step-income = Доход и пособия
screener-step-income-lead = Некоторые программы предназначены для семей с небольшим доходом. Можно указать примерно.
screener-step-work = Работа и бизнес
screener-step-work-lead = Некоторые программы помогают тем, у кого есть малый бизнес, или тем, кто служил в вооружённых силах.
screener-step-legal = Юридическая ситуация
screener-step-legal-lead = Мы спрашиваем об этом только для того, чтобы подсказать, где найти бесплатную юридическую помощь. Этот шаг можно пропустить.
screener-step-citizenship = Проверка для получения гражданства
screener-step-citizenship-lead = Этот раздел только для постоянных резидентов (владельцев грин-карты), которые хотят узнать, когда можно подать заявление на гражданство США (натурализацию). Если это не про вас или вы не хотите отвечать, пропустите его.
screener-citizenship-skip-all = Пропустить этот раздел и посмотреть результаты
screener-q-state = В каком штате вы живёте?
screener-q-lives-in-city = Вы живёте в городе { $city }?
screener-q-lives-in-county = Вы живёте в округе { $county }?
screener-q-lives-in-county-hint = Город входит в округ.
screener-q-has-photo-identity-document = Есть ли у вас удостоверение личности с фотографией из любой страны?
screener-q-has-photo-identity-document-hint = Например, паспорт, консульское удостоверение или водительские права — из любой страны.
screener-q-has-proof-of-city-address = Можете ли вы подтвердить документом свой адрес в городе?
screener-q-has-proof-of-city-address-hint = Например, договор аренды, счёт за коммунальные услуги, банковская выписка или письмо из приюта или некоммерческой организации.
screener-q-age = Сколько вам лет?
screener-q-enrolled-in-high-school = Вы сейчас учитесь в старшей школе (high school)?
screener-q-enrolled-in-high-school-hint = Это важно, только если вам 16 или 17 лет.
screener-q-household-size = Сколько человек в вашей семье, включая вас?
screener-members-hint = Вы можете указать до 5 других людей, которые живут с вами. Чтобы пропустить человека, оставьте его поля пустыми.
screener-q-relationship = Кем вам приходится
screener-q-member-age = Возраст
screener-relationship-spouse = Муж или жена
screener-relationship-child = Сын или дочь
screener-relationship-parent = Отец или мать
screener-relationship-sibling = Брат или сестра
screener-relationship-other = Другое
screener-q-household-annual-income = Каков общий доход вашей семьи за год до вычета налогов?
screener-q-household-annual-income-hint = В долларах США, для всех членов семьи вместе. Можно указать примерно.
screener-q-receives-means-tested-benefit = Получает ли кто-нибудь в семье пособие, которое зависит от дохода?
screener-q-receives-means-tested-benefit-hint = Например, Medicaid, SNAP (талоны на питание, food stamps), SSI, TANF или помощь с жильём.
screener-q-receives-snap-or-wic = Получает ли кто-нибудь в семье SNAP (талоны на питание) или WIC?
screener-q-extreme-financial-hardship = У вас сейчас серьёзные проблемы с деньгами?
screener-q-extreme-financial-hardship-hint = Например, большие счета за лечение, потеря работы или стихийное бедствие.
screener-q-runs-or-plans-small-business = У вас есть малый бизнес или вы планируете его открыть?
screener-q-runs-or-plans-small-business-hint = Продажа еды с тележки или из дома тоже считается.
screener-q-military-service = Вы служите или служили в вооружённых силах США?
screener-q-facing-removal-proceedings = У вас есть дело в иммиграционном суде?
screener-q-facing-removal-proceedings-hint = Например, вы получили «Уведомление о явке в суд» (Notice to Appear). Возможно, бесплатный адвокат сможет вас защищать.
screener-q-permanent-resident-since = Когда вы стали постоянным резидентом?
screener-q-permanent-resident-since-hint = Дата «Resident since» на вашей грин-карте.
screener-q-lives-in-state-since = С какого времени вы живёте в вашем нынешнем штате?
screener-q-married = Вы состоите в браке?
screener-q-spouse-is-us-citizen = Ваш муж или жена — гражданин США?
screener-q-married-to-citizen-since = С какого времени вы состоите в браке и живёте вместе с мужем или женой — гражданином США?
screener-q-days-outside-us-last-5y = Сколько всего дней за последние 5 лет вы провели за пределами США?
screener-q-days-outside-us-last-5y-hint = Можно указать примерно, в днях: 6 месяцев — это около 180 дней.
screener-q-longest-trip-days-last-5y = Сколько дней длилась ваша самая долгая поездка за пределы США за последние 5 лет?
screener-q-days-outside-us-last-3y = Сколько всего дней за последние 3 года вы провели за пределами США?
screener-q-longest-trip-days-last-3y = Сколько дней длилась ваша самая долгая поездка за пределы США за последние 3 года?
screener-results-title = Программы, которые могут вам помочь
screener-results-lead = Проверено { $date } по вашим ответам.
screener-likely-heading = Скорее всего, подходят
screener-likely-hint = По вашим ответам, эти программы вам, скорее всего, подходят. Чтобы подать заявление, обратитесь в одну из служб ниже.
screener-maybe-heading = Возможно, подходят
screener-maybe-hint = Чтобы сказать точнее, нам нужно немного больше информации. Помощник по программам может вам помочь.
screener-unlikely-heading = { $count ->
    [one] Другие программы ({ $count })
    [few] Другие программы ({ $count })
    [many] Другие программы ({ $count })
   *[other] Другие программы ({ $count })
}
screener-unlikely-hint = По вашим ответам, эти программы подходят вам с меньшей вероятностью. Но в правилах бывают исключения: помощник по программам может проверить это вместе с вами.
screener-group-empty = По вашим ответам пока ничего нет.
screener-needs = Нам нужно знать: { $facts }.
screener-why = Почему
screener-amount = Сумма: { $amount }
screener-threshold = Использованная цифра: { $value } (источник: { $sources }).
screener-threshold-dated = Использованная цифра: { $value } (источник: { $sources }; действует с { $date }).
screener-check-legal-provider = Уточните в организации юридической помощи.
screener-flag-review = Часть этого должен проверить юрист: уточните в организации юридической помощи.
screener-flag-borderline = Ваш ответ ровно на границе, а источники описывают эту границу по-разному: уточните в организации юридической помощи.
screener-flag-single-source = Одна из цифр здесь взята из единственного источника, и мы не смогли её перепроверить: уточните в организации юридической помощи.
screener-flag-no-parameter = У нас нет цифры, которая действует сегодня: уточните в организации юридической помощи.
screener-flag-unverified = Одна из цифр здесь ещё не подтверждена: уточните в организации юридической помощи.
screener-services = Где получить помощь
screener-services-none = Для этой программы пока нет услуг в списке. Позвоните 211, чтобы получить помощь.
screener-more-services = Найти другие похожие услуги
screener-change-answers = Изменить ответы
screener-start-over = Начать заново без ответов
screener-unit-years = { $n ->
    [one] { $n } год
    [few] { $n } года
    [many] { $n } лет
   *[other] { $n } года
}
screener-unit-months = { $n ->
    [one] { $n } месяц
    [few] { $n } месяца
    [many] { $n } месяцев
   *[other] { $n } месяца
}
screener-unit-days = { $n ->
    [one] { $n } день
    [few] { $n } дня
    [many] { $n } дней
   *[other] { $n } дня
}
fact-age = ваш возраст
fact-relationship = кем вам приходится каждый человек
fact-receives-means-tested-benefit = получает ли кто-нибудь пособие, которое зависит от дохода
fact-household-size = сколько человек в вашей семье
fact-household-annual-income = доход вашей семьи
fact-household-income-pct-fpg = доход вашей семьи по сравнению с порогом бедности
fact-state = ваш штат
fact-lives-in-city = живёте ли вы в городе
fact-permanent-resident-since = дата, когда вы стали постоянным резидентом
fact-years-as-permanent-resident = сколько времени вы являетесь постоянным резидентом
fact-married = состоите ли вы в браке
fact-spouse-is-us-citizen = является ли ваш муж или жена гражданином США
fact-married-to-citizen-since = с какого времени вы в браке с мужем или женой — гражданином США
fact-lives-in-state-since = с какого времени вы живёте в своём штате
fact-days-outside-us-last-5y = сколько дней за последние 5 лет вы провели за пределами США
fact-days-outside-us-last-3y = сколько дней за последние 3 года вы провели за пределами США
fact-longest-trip-days-last-5y = ваша самая долгая поездка за пределы США за последние 5 лет
fact-longest-trip-days-last-3y = ваша самая долгая поездка за пределы США за последние 3 года
fact-facing-removal-proceedings = есть ли у вас дело в иммиграционном суде
fact-military-service = служили ли вы в вооружённых силах США
fact-extreme-financial-hardship = есть ли у вас серьёзные проблемы с деньгами
fact-lives-in-county = живёте ли вы в округе
fact-enrolled-in-high-school = учитесь ли вы в старшей школе
fact-receives-snap-or-wic = получает ли кто-нибудь SNAP или WIC
fact-runs-or-plans-small-business = есть ли у вас малый бизнес или планы его открыть
fact-has-photo-identity-document = есть ли у вас удостоверение личности с фотографией
fact-has-proof-of-city-address = можете ли вы подтвердить свой адрес в городе
rule-all = Выполняются все эти условия.
rule-any = Выполняется хотя бы одно из этих условий.
rule-not = Это условие не выполняется.
rule-any-member = Кто-то в вашей семье соответствует этому условию.
rule-all-members = Все в вашей семье соответствуют этому условию.
rule-is-true = { $verdict ->
    [likely] Да: { $fact }.
   *[other] Нет: { $fact }.
}
rule-is-false = { $verdict ->
    [likely] Нет: { $fact }.
   *[other] Да: { $fact }.
}
rule-one-of = { $fact }: { $value }.
rule-compare-at-least = { $fact }: { $value } (нужно минимум { $threshold }).
rule-compare-at-most = { $fact }: { $value } (максимум { $threshold }).
rule-compare-greater-than = { $fact }: { $value } (нужно больше, чем { $threshold }).
rule-compare-less-than = { $fact }: { $value } (нужно меньше, чем { $threshold }).
rule-compare-equals = { $fact }: { $value } (нужно: { $threshold }).
rule-income-at-most-fpg-percent = { $verdict ->
    [likely] Доход вашей семьи ({ $income } в год, в семье { $household-size } чел.) не превышает { $limit-percent }% федерального порога бедности на { $year } год: { $limit }.
    [unlikely] Доход вашей семьи ({ $income } в год, в семье { $household-size } чел.) превышает { $limit-percent }% федерального порога бедности на { $year } год: { $limit }.
   *[other] Доход вашей семьи ({ $income } в год, в семье { $household-size } чел.) близок к { $limit-percent }% федерального порога бедности на { $year } год: { $limit }.
}
rule-income-at-least-fpg-percent = { $verdict ->
    [likely] Доход вашей семьи ({ $income } в год, в семье { $household-size } чел.) составляет не меньше { $limit-percent }% федерального порога бедности на { $year } год: { $limit }.
   *[other] Доход вашей семьи ({ $income } в год, в семье { $household-size } чел.) ниже { $limit-percent }% федерального порога бедности на { $year } год: { $limit }.
}
rule-income-greater-than-fpg-percent = { $verdict ->
    [likely] Доход вашей семьи ({ $income } в год, в семье { $household-size } чел.) выше { $limit-percent }% федерального порога бедности на { $year } год: { $limit }.
   *[other] Доход вашей семьи ({ $income } в год, в семье { $household-size } чел.) не выше { $limit-percent }% федерального порога бедности на { $year } год: { $limit }.
}
rule-income-less-than-fpg-percent = { $verdict ->
    [likely] Доход вашей семьи ({ $income } в год, в семье { $household-size } чел.) ниже { $limit-percent }% федерального порога бедности на { $year } год: { $limit }.
   *[other] Доход вашей семьи ({ $income } в год, в семье { $household-size } чел.) не ниже { $limit-percent }% федерального порога бедности на { $year } год: { $limit }.
}
rule-income-equals-fpg-percent = Доход вашей семьи ({ $income } в год, в семье { $household-size } чел.) в сравнении с { $limit-percent }% федерального порога бедности на { $year } год: { $limit }.
rule-elapsed-since = { $verdict ->
    [likely] { $date } истёк срок в { $period } (считая с { $since }).
   *[other] { $date } истечёт срок в { $period } (считая с { $since }).
}
rule-physical-presence = Вы были в США { $days-present } из последних { $window-days }: нужно минимум { $threshold }.
rule-continuous-residence = { $band ->
    [short] Ваша самая долгая поездка за пределы США ({ $days }) была короче 6 месяцев.
    [presumption] Ваша самая долгая поездка за пределы США ({ $days }) была дольше 6 месяцев: это может прервать «непрерывное проживание» (continuous residence), если вы не докажете обратное. Уточните в организации юридической помощи.
    [possible-break] Ваша самая долгая поездка за пределы США ({ $days }) могла длиться 1 год или дольше: уточните в организации юридической помощи.
   *[break] Ваша самая долгая поездка за пределы США ({ $days }) длилась 1 год или дольше: обычно это прерывает «непрерывное проживание» (continuous residence). Уточните в организации юридической помощи.
}
rule-n400-path-general = Общий путь: через 5 лет в статусе постоянного резидента.
rule-n400-path-spouse = Путь для супругов граждан США: через 3 года.
rule-n400-min-age = { $verdict ->
    [likely] Вам { $value }: чтобы подать заявление, нужно минимум { $threshold }.
   *[other] Вам { $value }: подать заявление можно, когда вам исполнится { $threshold }.
}
rule-n400-earliest-filing = { $verdict ->
    [likely] По общему пути (5 лет) вы могли подать заявление начиная с { $date } ({ $period } в статусе постоянного резидента с { $since }, минус { $early-days }): эта дата уже прошла.
   *[other] По общему пути (5 лет) самая ранняя дата подачи заявления — { $date } ({ $period } в статусе постоянного резидента с { $since }, минус { $early-days }).
}
rule-n400-earliest-filing-spouse = { $verdict ->
    [likely] По пути для супругов граждан США (3 года) вы могли подать заявление начиная с { $date } ({ $period } в статусе постоянного резидента с { $since }, минус { $early-days }): эта дата уже прошла.
   *[other] По пути для супругов граждан США (3 года) самая ранняя дата подачи заявления — { $date } ({ $period } в статусе постоянного резидента с { $since }, минус { $early-days }).
}
rule-n400-state-residence = { $verdict ->
    [likely] Вы живёте в своём штате с { $since }: нужно минимум { $period }.
   *[other] Вы живёте в своём штате с { $since }: нужно { $period } (этот срок наступит { $date }).
}
rule-n400-married = { $verdict ->
    [likely] Вы состоите в браке.
   *[other] Вы сказали, что не состоите в браке, поэтому путь для супругов граждан США (3 года) к вам не относится.
}
rule-n400-spouse-citizen = { $verdict ->
    [likely] Ваш муж или жена — гражданин США.
   *[other] Вы сказали, что ваш муж или жена не гражданин США, поэтому путь для супругов граждан США (3 года) к вам не относится.
}
rule-n400-marital-union = { $verdict ->
    [likely] Вы состоите в браке и живёте вместе с мужем или женой — гражданином США с { $since }: нужно минимум { $period }.
   *[other] Вы состоите в браке и живёте вместе с мужем или женой — гражданином США с { $since }: нужно { $period } (этот срок наступит { $date }).
}
rule-n400-fee-waiver-benefit = { $verdict ->
    [likely] { $person ->
        [you] Вы получаете пособие, которое зависит от дохода.
       *[member] { $who } получает пособие, которое зависит от дохода.
    }
   *[other] { $person ->
        [you] Вы не получаете пособие, которое зависит от дохода.
       *[member] { $who } не получает пособие, которое зависит от дохода.
    }
}
rule-n400-fee-waiver-benefit-relative = { $verdict ->
    [likely] { $person ->
        [you] Ваше собственное пособие учитывается.
       *[member] { $who } — ваш муж, жена или ребёнок: пособие этого человека учитывается.
    }
   *[other] { $who } — не ваш муж, жена или ребёнок: о других родственниках уточните в организации юридической помощи.
}
rule-n400-fee-waiver-benefit-parent-or-sibling = Ваш отец, мать, брат или сестра, которые живут с вами, получают пособие, которое зависит от дохода: это может учитываться. Уточните в организации юридической помощи.
rule-n400-fee-waiver-hardship = { $verdict ->
    [unlikely] Вы не сказали, что у вас серьёзные проблемы с деньгами.
   *[other] У вас серьёзные проблемы с деньгами: организация юридической помощи может помочь вам доказать крайние финансовые трудности (extreme financial hardship).
}
rule-n400-fee-military = { $verdict ->
    [likely] Вы служите или служили в вооружённых силах США: возможно, сбор платить не придётся.
   *[other] Вы сказали, что не служили в вооружённых силах США.
}
rule-n400-fee-full-not-military = { $verdict ->
    [likely] Вы сказали, что не служили в вооружённых силах США.
   *[other] Вы служите или служили в вооружённых силах США, поэтому вас, возможно, освободят от сбора.
}
rule-n400-fee-full-income-over-reduced-limit = Доход вашей семьи выше предела для сниженного сбора.
rule-city-resident = { $verdict ->
    [likely] Вы живёте в городе.
   *[other] Вы сказали, что не живёте в городе.
}
rule-county-resident = { $verdict ->
    [likely] Вы живёте в округе.
   *[other] Вы сказали, что не живёте в округе.
}
rule-city-or-county-resident = { $verdict ->
    [likely] Вы живёте в городе или в округе.
   *[other] Вы сказали, что не живёте ни в городе, ни в округе.
}
rule-city-id-min-age = Вам { $value }: городское удостоверение выдают тем, кому исполнилось { $threshold }.
rule-city-id-photo-identity = { $verdict ->
    [likely] У вас есть удостоверение личности с фотографией из какой-либо страны.
   *[other] Вы сказали, что у вас нет удостоверения личности с фотографией. Помощник по программам подскажет, какие другие документы могут подойти.
}
rule-city-id-proof-of-address = { $verdict ->
    [likely] Вы можете подтвердить свой адрес в городе.
   *[other] Вы сказали, что не можете подтвердить свой адрес. Может подойти письмо из приюта или некоммерческой организации: спросите помощника по программам.
}
rule-esl-age = { $verdict ->
    [likely] Ваш возраст подходит для занятий.
   *[other] Занятия — для взрослых, а также для подростков 16–17 лет, которые не учатся в старшей школе.
}
rule-esl-adult = { $verdict ->
    [likely] Вам { $value }: занятия — для взрослых, которым исполнилось { $threshold }.
   *[other] Вам { $value }: на занятия для взрослых принимают тех, кому исполнилось { $threshold }.
}
rule-esl-teen-out-of-school = { $verdict ->
    [likely] Вы подросток и не учитесь в старшей школе: вы можете записаться.
   *[other] Подростки могут записаться, только если они не учатся в старшей школе.
}
rule-esl-min-age = { $verdict ->
    [likely] Вам { $value }: нужно минимум { $threshold }.
   *[other] Вам { $value }: на занятия принимают тех, кому исполнилось { $threshold }.
}
rule-esl-not-in-high-school = { $verdict ->
    [likely] Вы не учитесь в старшей школе.
   *[other] Вы учитесь в старшей школе: ваша школа помогает с английским языком.
}
rule-food-snap-or-wic = { $verdict ->
    [likely] { $person ->
        [you] Вы получаете SNAP или WIC.
       *[member] { $who } получает SNAP или WIC.
    }
   *[other] { $person ->
        [you] Вы не получаете ни SNAP, ни WIC.
       *[member] { $who } не получает ни SNAP, ни WIC.
    }
}
rule-food-snap-or-wic-household = { $verdict ->
    [likely] Кто-то в вашей семье получает SNAP или WIC.
   *[other] Никто в вашей семье не получает ни SNAP, ни WIC.
}
rule-facing-removal-proceedings = { $verdict ->
    [likely] У вас есть дело в иммиграционном суде: фонд оплачивает адвоката, который будет вас защищать.
   *[other] Вы сказали, что у вас нет дела в иммиграционном суде.
}
rule-small-business-owner = { $verdict ->
    [likely] У вас есть малый бизнес или вы планируете его открыть.
   *[other] Вы сказали, что у вас нет малого бизнеса и вы не планируете его открывать.
}
rule-n400-fee-waiver-benefit-parent-relative = { $verdict ->
    [likely] { $who } — ваш родитель, брат или сестра: его или её пособие может учитываться.
   *[other] { $person ->
        [you] Эта часть касается родителя, брата или сестры, которые живут с вами.
       *[member] { $who } — не ваш родитель, брат или сестра.
    }
}
