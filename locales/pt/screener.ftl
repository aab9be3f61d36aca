# Puerta, páginas para moradores: português — verificação de programas.
# review-state: draft
# Machine-drafted by the Puerta team; not yet reviewed by a fluent speaker.
# Rascunho feito pela equipe do Puerta; ainda não revisado por alguém fluente em português.

## Screener

home-screener-heading = Programas que podem ser para você
home-screener-body = Responda algumas perguntas curtas para ver quais programas podem ajudar você e onde pedir. Todas as perguntas são opcionais, e nada do que você escreve é guardado.
home-screener-link = Começar a verificação de programas
screener-title = Verificação de programas
screener-intro-heading = Quais programas podem ajudar você?
screener-intro-lead = Responda algumas perguntas curtas, um assunto de cada vez. Mostramos os programas que podem ajudar você, o porquê, e os serviços que podem ajudar você a fazer o pedido.
screener-intro-optional = Todas as perguntas são opcionais: pule qualquer pergunta ou assunto que você não queira responder.
screener-intro-not-stored = Nada do que você escreve é guardado: suas respostas ficam só no endereço desta página e somem quando você fecha a página.
screener-intro-no-status = Não perguntamos sobre sua situação imigratória. Só a última parte, uma verificação de cidadania para residentes permanentes (quem tem green card), pergunta sobre seu green card, e ela é opcional.
screener-intro-shared-device = Em um computador compartilhado, feche a janela do navegador quando terminar.
screener-not-legal-advice = Esta é uma informação geral, não orientação jurídica. Só o próprio programa, ou um advogado ou um representante credenciado pelo DOJ, pode dizer com certeza.
screener-start = Começar
screener-step-of = Etapa { $step } de { $total }
screener-next = Próximo
screener-skip = Pular este assunto
screener-back = Voltar
screener-see-results = Ver resultados
screener-optional = Opcional
screener-yes = Sim
screener-no = Não
screener-not-sure = Pular / não sei
screener-choose = Pular / escolha uma opção
screener-invalid = Não conseguimos ler uma resposta desta página, então não a usamos. Confira a resposta ou deixe em branco.
screener-invalid-some = Não conseguimos ler algumas das suas respostas, então não as usamos. Você pode mudar suas respostas abaixo.
screener-you = Você
screener-member = Pessoa { $n } da sua família
screener-city = Sycamore Falls
screener-county = condado de Ashgrove
screener-step-place = Onde você mora
screener-step-place-lead = Muitos programas são para pessoas que moram na cidade ou no condado.
screener-step-household = Idade e família
screener-step-household-lead = Sua família, aqui, são as pessoas que moram com você e dividem comida ou dinheiro.
screener-step-income = Renda e benefícios
screener-step-income-lead = Alguns programas são para famílias com renda mais baixa. Um valor aproximado já serve.
screener-step-work = Trabalho e negócio
screener-step-work-lead = Alguns programas ajudam pessoas que têm um pequeno negócio ou que serviram nas forças armadas.
screener-step-legal = Situação legal
screener-step-legal-lead = Perguntamos isto só para indicar ajuda jurídica gratuita. Você pode pular.
screener-step-citizenship = Verificação de cidadania
screener-step-citizenship-lead = Esta parte é só para residentes permanentes (quem tem green card) que querem saber quando podem pedir a cidadania americana (naturalização). Se esse não é o seu caso, ou se você prefere não responder, pule esta parte.
screener-citizenship-skip-all = Pular esta parte e ver seus resultados
screener-q-state = Em que estado você mora?
screener-q-lives-in-city = Você mora na cidade de { $city }?
screener-q-lives-in-county = Você mora no { $county }?
screener-q-lives-in-county-hint = O condado inclui a cidade.
screener-q-has-photo-identity-document = Você tem um documento de identidade com foto, de qualquer país?
screener-q-has-photo-identity-document-hint = Por exemplo, passaporte, matrícula consular ou carteira de motorista, de qualquer país.
screener-q-has-proof-of-city-address = Você pode mostrar um comprovante de endereço na cidade?
screener-q-has-proof-of-city-address-hint = Por exemplo, contrato de aluguel, conta de luz, água ou gás, extrato bancário, ou uma carta de um abrigo ou de uma organização sem fins lucrativos.
screener-q-age = Quantos anos você tem?
screener-q-enrolled-in-high-school = Você está no ensino médio (high school) agora?
screener-q-enrolled-in-high-school-hint = Isso só importa se você tem 16 ou 17 anos.
screener-q-household-size = Quantas pessoas tem a sua família, contando você?
screener-members-hint = Você pode falar de até 5 outras pessoas que moram com você. Deixe uma pessoa em branco para pular.
screener-q-relationship = Parentesco com você
screener-q-member-age = Idade
screener-relationship-spouse = Cônjuge (marido ou esposa)
screener-relationship-child = Filho ou filha
screener-relationship-parent = Pai ou mãe
screener-relationship-sibling = Irmão ou irmã
screener-relationship-other = Outro
screener-q-household-annual-income = Qual é a renda total da sua família em um ano, antes dos impostos?
screener-q-household-annual-income-hint = Em dólares americanos, somando todas as pessoas da sua família. Um valor aproximado já serve.
screener-q-receives-means-tested-benefit = Alguém recebe um benefício que depende da renda?
screener-q-receives-means-tested-benefit-hint = Por exemplo, Medicaid, SNAP (vale-alimentação, “food stamps”), SSI, TANF ou ajuda para moradia.
screener-q-receives-snap-or-wic = Alguém recebe SNAP (vale-alimentação) ou WIC?
screener-q-extreme-financial-hardship = Você está com problemas sérios de dinheiro agora?
screener-q-extreme-financial-hardship-hint = Por exemplo, contas médicas altas, perda do emprego ou um desastre.
screener-q-runs-or-plans-small-business = Você tem um pequeno negócio, ou pensa em abrir um?
screener-q-runs-or-plans-small-business-hint = Vender comida em carrinho ou em casa também conta.
screener-q-military-service = Você serve, ou já serviu, nas forças armadas dos Estados Unidos?
screener-q-facing-removal-proceedings = Você tem um processo no tribunal de imigração?
screener-q-facing-removal-proceedings-hint = Por exemplo, você recebeu uma “Notificação de Comparecimento” (Notice to Appear). Um advogado gratuito talvez possa defender você.
screener-q-permanent-resident-since = Quando você se tornou residente permanente?
screener-q-permanent-resident-since-hint = A data “Resident since” no seu green card.
screener-q-lives-in-state-since = Desde quando você mora no seu estado atual?
screener-q-married = Você é casado ou casada?
screener-q-spouse-is-us-citizen = Seu marido ou sua esposa é cidadão ou cidadã americana?
screener-q-married-to-citizen-since = Desde quando você é casado com seu cônjuge cidadão americano e mora com ele ou ela?
screener-q-days-outside-us-last-5y = Nos últimos 5 anos, quantos dias no total você passou fora dos Estados Unidos?
screener-q-days-outside-us-last-5y-hint = Um número aproximado de dias já serve: 6 meses são cerca de 180 dias.
screener-q-longest-trip-days-last-5y = Nos últimos 5 anos, quantos dias durou sua viagem mais longa fora dos Estados Unidos?
screener-q-days-outside-us-last-3y = Nos últimos 3 anos, quantos dias no total você passou fora dos Estados Unidos?
screener-q-longest-trip-days-last-3y = Nos últimos 3 anos, quantos dias durou sua viagem mais longa fora dos Estados Unidos?
screener-results-title = Programas que podem ajudar você
screener-results-lead = Com base nas suas respostas, verificado em { $date }.
screener-likely-heading = Provável
screener-likely-hint = Com base nas suas respostas, é provável que você tenha direito. Entre em contato com um dos serviços abaixo para fazer o pedido.
screener-maybe-heading = Talvez
screener-maybe-hint = Precisamos de um pouco mais de informação para saber. Um orientador (navigator) pode ajudar.
screener-unlikely-heading = { $count ->
    [one] Outros programas ({ $count })
   *[other] Outros programas ({ $count })
}
screener-unlikely-hint = Com base nas suas respostas, estes são menos prováveis. As regras têm exceções: um orientador pode verificar com você.
screener-group-empty = Nenhum, com base nas suas respostas até agora.
screener-needs = Precisaríamos saber: { $facts }.
screener-why = Por quê
screener-amount = Valor: { $amount }
screener-threshold = Valor usado: { $value } (fonte: { $sources }).
screener-threshold-dated = Valor usado: { $value } (fonte: { $sources }; em vigor desde { $date }).
screener-check-legal-provider = Consulte um serviço de assistência jurídica.
screener-flag-review = Um serviço de assistência jurídica precisa examinar parte disto: consulte um serviço de assistência jurídica.
screener-flag-borderline = Sua resposta está exatamente no limite, e as fontes descrevem esse limite de formas diferentes: consulte um serviço de assistência jurídica.
screener-flag-single-source = Um valor usado aqui vem de uma única fonte, que não conseguimos comparar com outra: consulte um serviço de assistência jurídica.
screener-flag-no-parameter = Não temos o valor em vigor hoje: consulte um serviço de assistência jurídica.
screener-flag-unverified = Um valor usado aqui ainda não foi confirmado: consulte um serviço de assistência jurídica.
screener-services = Onde conseguir ajuda
screener-services-none = Ainda não há nenhum serviço listado para este programa. Ligue para o 211 para pedir ajuda.
screener-more-services = Encontrar mais serviços como estes
screener-change-answers = Mudar suas respostas
screener-start-over = Começar de novo sem respostas
screener-unit-years = { $n ->
    [0] { $n } anos
    [one] { $n } ano
   *[other] { $n } anos
}
screener-unit-months = { $n ->
    [0] { $n } meses
    [one] { $n } mês
   *[other] { $n } meses
}
screener-unit-days = { $n ->
    [0] { $n } dias
    [one] { $n } dia
   *[other] { $n } dias
}
fact-age = sua idade
fact-relationship = o parentesco de cada pessoa com você
fact-receives-means-tested-benefit = se alguém recebe um benefício que depende da renda
fact-household-size = quantas pessoas tem a sua família
fact-household-annual-income = a renda da sua família
fact-household-income-pct-fpg = a renda da sua família comparada com a linha federal de pobreza
fact-state = seu estado
fact-lives-in-city = se você mora na cidade
fact-permanent-resident-since = a data em que você se tornou residente permanente
fact-years-as-permanent-resident = há quanto tempo você é residente permanente
fact-married = se você é casado ou casada
fact-spouse-is-us-citizen = se seu marido ou sua esposa é cidadão americano
fact-married-to-citizen-since = desde quando você é casado com seu cônjuge cidadão americano
fact-lives-in-state-since = desde quando você mora no seu estado
fact-days-outside-us-last-5y = seus dias fora dos Estados Unidos nos últimos 5 anos
fact-days-outside-us-last-3y = seus dias fora dos Estados Unidos nos últimos 3 anos
fact-longest-trip-days-last-5y = sua viagem mais longa fora dos Estados Unidos nos últimos 5 anos
fact-longest-trip-days-last-3y = sua viagem mais longa fora dos Estados Unidos nos últimos 3 anos
fact-facing-removal-proceedings = se você tem um processo no tribunal de imigração
fact-military-service = se você serviu nas forças armadas dos Estados Unidos
fact-extreme-financial-hardship = se você está com problemas sérios de dinheiro
fact-lives-in-county = se você mora no condado
fact-enrolled-in-high-school = se você está no ensino médio
fact-receives-snap-or-wic = se alguém recebe SNAP ou WIC
fact-runs-or-plans-small-business = se você tem ou pensa em abrir um pequeno negócio
fact-has-photo-identity-document = se você tem um documento de identidade com foto
fact-has-proof-of-city-address = se você pode mostrar um comprovante de endereço na cidade
rule-all = Todas estas condições se aplicam.
rule-any = Pelo menos uma destas condições se aplica.
rule-not = Isto não se aplica.
rule-any-member = Alguém da sua família cumpre esta condição.
rule-all-members = Todas as pessoas da sua família cumprem esta condição.
rule-is-true = { $verdict ->
    [likely] Sim: { $fact }.
   *[other] Não é o caso: { $fact }.
}
rule-is-false = { $verdict ->
    [likely] Não é o caso: { $fact }.
   *[other] Sim: { $fact }.
}
rule-one-of = { $fact }: { $value }.
rule-compare-at-least = { $fact }: { $value } (é preciso pelo menos { $threshold }).
rule-compare-at-most = { $fact }: { $value } (no máximo { $threshold }).
rule-compare-greater-than = { $fact }: { $value } (é preciso mais de { $threshold }).
rule-compare-less-than = { $fact }: { $value } (é preciso menos de { $threshold }).
rule-compare-equals = { $fact }: { $value } (é preciso { $threshold }).
rule-income-at-most-fpg-percent = { $verdict ->
    [likely] A renda da sua família ({ $income } por ano, família de { $household-size }) é igual ou menor que { $limit-percent }% da linha federal de pobreza de { $year }: { $limit }.
    [unlikely] A renda da sua família ({ $income } por ano, família de { $household-size }) é maior que { $limit-percent }% da linha federal de pobreza de { $year }: { $limit }.
   *[other] A renda da sua família ({ $income } por ano, família de { $household-size }) está perto de { $limit-percent }% da linha federal de pobreza de { $year }: { $limit }.
}
rule-income-at-least-fpg-percent = { $verdict ->
    [likely] A renda da sua família ({ $income } por ano, família de { $household-size }) é igual ou maior que { $limit-percent }% da linha federal de pobreza de { $year }: { $limit }.
   *[other] A renda da sua família ({ $income } por ano, família de { $household-size }) é menor que { $limit-percent }% da linha federal de pobreza de { $year }: { $limit }.
}
rule-income-greater-than-fpg-percent = { $verdict ->
    [likely] A renda da sua família ({ $income } por ano, família de { $household-size }) é maior que { $limit-percent }% da linha federal de pobreza de { $year }: { $limit }.
   *[other] A renda da sua família ({ $income } por ano, família de { $household-size }) não é maior que { $limit-percent }% da linha federal de pobreza de { $year }: { $limit }.
}
rule-income-less-than-fpg-percent = { $verdict ->
    [likely] A renda da sua família ({ $income } por ano, família de { $household-size }) é menor que { $limit-percent }% da linha federal de pobreza de { $year }: { $limit }.
   *[other] A renda da sua família ({ $income } por ano, família de { $household-size }) não é menor que { $limit-percent }% da linha federal de pobreza de { $year }: { $limit }.
}
rule-income-equals-fpg-percent = A renda da sua família ({ $income } por ano, família de { $household-size }) comparada com { $limit-percent }% da linha federal de pobreza de { $year }: { $limit }.
rule-elapsed-since = { $verdict ->
    [likely] Desde { $since }: o prazo de { $period } foi completado em { $date }.
   *[other] Desde { $since }: o prazo de { $period } será completado em { $date }.
}
rule-physical-presence = { $verdict ->
    [likely] Você esteve nos Estados Unidos { $days-present } de um período de { $window-days }: é preciso pelo menos { $threshold }.
   *[other] Você esteve nos Estados Unidos { $days-present } de um período de { $window-days }: é preciso pelo menos { $threshold }.
}
rule-continuous-residence = { $band ->
    [short] Sua viagem mais longa fora dos Estados Unidos ({ $days }) durou menos de 6 meses.
    [presumption] Sua viagem mais longa fora dos Estados Unidos ({ $days }) durou mais de 6 meses: isso pode interromper a “residência contínua”, a não ser que você consiga provar o contrário. Consulte um serviço de assistência jurídica.
    [possible-break] Sua viagem mais longa fora dos Estados Unidos ({ $days }) pode ter durado 1 ano ou mais: consulte um serviço de assistência jurídica.
   *[break] Sua viagem mais longa fora dos Estados Unidos ({ $days }) durou 1 ano ou mais: normalmente isso interrompe a “residência contínua”. Consulte um serviço de assistência jurídica.
}
rule-n400-path-general = O caminho de 5 anos para residentes permanentes.
rule-n400-path-spouse = O caminho de 3 anos para cônjuges de cidadãos americanos.
rule-n400-min-age = { $verdict ->
    [likely] Você tem { $value }: é preciso ter pelo menos { $threshold } para fazer o pedido.
   *[other] Você tem { $value }: você precisa ter pelo menos { $threshold } para fazer o pedido.
}
rule-n400-earliest-filing = { $verdict ->
    [likely] Pelo caminho de 5 anos, você podia fazer o pedido a partir de { $date } ({ $period } como residente permanente desde { $since }, menos { $early-days }): essa data já passou.
   *[other] Pelo caminho de 5 anos, a primeira data para fazer o pedido é { $date } ({ $period } como residente permanente desde { $since }, menos { $early-days }).
}
rule-n400-earliest-filing-spouse = { $verdict ->
    [likely] Pelo caminho de 3 anos para cônjuges, você podia fazer o pedido a partir de { $date } ({ $period } como residente permanente desde { $since }, menos { $early-days }): essa data já passou.
   *[other] Pelo caminho de 3 anos para cônjuges, a primeira data para fazer o pedido é { $date } ({ $period } como residente permanente desde { $since }, menos { $early-days }).
}
rule-n400-state-residence = { $verdict ->
    [likely] Você mora no seu estado desde { $since }: é preciso pelo menos { $period }.
   *[other] Você mora no seu estado desde { $since }: é preciso { $period }, prazo que se completa em { $date }.
}
rule-n400-married = { $verdict ->
    [likely] Você é casado ou casada.
   *[other] Você disse que não é casado ou casada, então o caminho de 3 anos para cônjuges não se aplica.
}
rule-n400-spouse-citizen = { $verdict ->
    [likely] Seu marido ou sua esposa é cidadão americano.
   *[other] Você disse que seu marido ou sua esposa não é cidadão americano, então o caminho de 3 anos para cônjuges não se aplica.
}
rule-n400-marital-union = { $verdict ->
    [likely] Você é casado com seu cônjuge cidadão americano e mora com ele ou ela desde { $since }: é preciso pelo menos { $period }.
   *[other] Você é casado com seu cônjuge cidadão americano e mora com ele ou ela desde { $since }: é preciso { $period }, prazo que se completa em { $date }.
}
rule-n400-fee-waiver-benefit = { $verdict ->
    [likely] { $person ->
        [you] Você recebe um benefício que depende da renda.
       *[member] { $who } recebe um benefício que depende da renda.
    }
   *[other] { $person ->
        [you] Você não recebe um benefício que depende da renda.
       *[member] { $who } não recebe um benefício que depende da renda.
    }
}
rule-n400-fee-waiver-benefit-relative = { $verdict ->
    [likely] { $person ->
        [you] O seu próprio benefício conta.
       *[member] { $who } é seu cônjuge ou seu filho ou filha: o benefício dessa pessoa conta.
    }
   *[other] { $who } não é seu cônjuge nem seu filho ou filha: para outros parentes, consulte um serviço de assistência jurídica.
}
rule-n400-fee-waiver-benefit-parent-or-sibling = Seu pai ou sua mãe, ou um irmão ou irmã da sua família, recebe um benefício que depende da renda: isso pode contar. Consulte um serviço de assistência jurídica.
rule-n400-fee-waiver-hardship = { $verdict ->
    [unlikely] Você não disse que está com problemas sérios de dinheiro.
   *[other] Você está com problemas sérios de dinheiro: um serviço de assistência jurídica pode ajudar você a mostrar “dificuldade financeira extrema” (extreme financial hardship).
}
rule-n400-fee-military = { $verdict ->
    [likely] Você serve ou serviu nas forças armadas dos Estados Unidos: talvez você não precise pagar taxa.
   *[other] Você disse que não serviu nas forças armadas dos Estados Unidos.
}
rule-n400-fee-full-not-military = { $verdict ->
    [likely] Você disse que não serviu nas forças armadas dos Estados Unidos.
   *[other] Você serve ou serviu nas forças armadas dos Estados Unidos, então pode haver isenção da taxa.
}
rule-n400-fee-full-income-over-reduced-limit = A renda da sua família é maior que o limite para a taxa reduzida.
rule-city-resident = { $verdict ->
    [likely] Você mora na cidade.
   *[other] Você disse que não mora na cidade.
}
rule-county-resident = { $verdict ->
    [likely] Você mora no condado.
   *[other] Você disse que não mora no condado.
}
rule-city-or-county-resident = { $verdict ->
    [likely] Você mora na cidade ou no condado.
   *[other] Você disse que não mora nem na cidade nem no condado.
}
rule-city-id-min-age = { $verdict ->
    [likely] Você tem { $value }: a identidade é para pessoas com { $threshold } ou mais.
   *[other] Você tem { $value }: a identidade é para pessoas com { $threshold } ou mais.
}
rule-city-id-photo-identity = { $verdict ->
    [likely] Você tem um documento de identidade com foto de algum país.
   *[other] Você disse que não tem documento de identidade com foto. Um orientador pode dizer quais outros documentos podem ser aceitos.
}
rule-city-id-proof-of-address = { $verdict ->
    [likely] Você pode mostrar um comprovante de endereço na cidade.
   *[other] Você disse que não pode mostrar um comprovante de endereço. Uma carta de um abrigo ou de uma organização sem fins lucrativos pode servir: pergunte a um orientador.
}
rule-esl-age = { $verdict ->
    [likely] Sua idade serve para as aulas.
   *[other] As aulas são para adultos, e para jovens de 16 ou 17 anos que não estão no ensino médio.
}
rule-esl-adult = { $verdict ->
    [likely] Você tem { $value }: as aulas são para adultos com { $threshold } ou mais.
   *[other] Você tem { $value }: as aulas para adultos começam aos { $threshold }.
}
rule-esl-teen-out-of-school = { $verdict ->
    [likely] Você é jovem e não está no ensino médio: pode se inscrever.
   *[other] Os jovens só podem se inscrever se não estiverem no ensino médio.
}
rule-esl-min-age = { $verdict ->
    [likely] Você tem { $value }: é preciso ter pelo menos { $threshold }.
   *[other] Você tem { $value }: as aulas começam aos { $threshold }.
}
rule-esl-not-in-high-school = { $verdict ->
    [likely] Você não está no ensino médio.
   *[other] Você está no ensino médio: sua escola oferece apoio em inglês.
}
rule-food-snap-or-wic = { $verdict ->
    [likely] { $person ->
        [you] Você recebe SNAP ou WIC.
       *[member] { $who } recebe SNAP ou WIC.
    }
   *[other] { $person ->
        [you] Você não recebe SNAP nem WIC.
       *[member] { $who } não recebe SNAP nem WIC.
    }
}
rule-food-snap-or-wic-household = { $verdict ->
    [likely] Alguém da sua família recebe SNAP ou WIC.
   *[other] Ninguém da sua família recebe SNAP nem WIC.
}
rule-facing-removal-proceedings = { $verdict ->
    [likely] Você tem um processo no tribunal de imigração: o fundo paga um advogado para defender você.
   *[other] Você disse que não tem processo no tribunal de imigração.
}
rule-small-business-owner = { $verdict ->
    [likely] Você tem ou pensa em abrir um pequeno negócio.
   *[other] Você disse que não tem nem pensa em abrir um pequeno negócio.
}
rule-n400-fee-waiver-benefit-parent-relative = { $verdict ->
    [likely] { $who } é seu pai, sua mãe ou seu irmão ou irmã: o benefício dessa pessoa pode contar.
   *[other] { $person ->
        [you] Esta parte trata de pai, mãe, irmão ou irmã que mora com você.
       *[member] { $who } não é seu pai, sua mãe, nem seu irmão ou irmã.
    }
}
