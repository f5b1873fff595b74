import Domain

/// The words every area uses: the page frame, the citizen journey, the error pages.
extension Phrase {
    public static let council = Phrase(en: "OneCouncil", gd: "OneCouncil")
    public static let skip = Phrase(en: "Skip to main content", gd: "Leum gun phrìomh shusbaint")
    public static let back = Phrase(en: "Back", gd: "Air ais")
    public static let `continue` = Phrase(en: "Continue", gd: "Lean air adhart")
    public static let startNow = Phrase(en: "Start now", gd: "Tòisich an-dràsta")
    public static let errorPrefix = Phrase(en: "Error", gd: "Mearachd")
    public static let thereIsAProblem = Phrase(en: "There is a problem", gd: "Tha duilgheadas ann")
    public static let errorLabel = Phrase(en: "Error:", gd: "Mearachd:")
    public static let languageNav = Phrase(en: "Language", gd: "Cànan")
    public static let services = Phrase(en: "Council services", gd: "Seirbheisean na comhairle")
    public static let servicesIntro = Phrase(en: "Apply, report or have your say online. You can save your answers as you go.", gd: "Cuir a-steach, dèan aithris no thoir do bheachd air loidhne. Faodaidh tu na freagairtean agad a shàbhaladh mar a thèid thu.")
    public static let beforeYouStart = Phrase(en: "Before you start", gd: "Mus tòisich thu")
    public static let change = Phrase(en: "Change", gd: "Atharraich")
    public static let remove = Phrase(en: "Remove", gd: "Thoir air falbh")
    public static let yes = Phrase(en: "Yes", gd: "Tha")
    public static let no = Phrase(en: "No", gd: "Chan eil")
    public static let day = Phrase(en: "Day", gd: "Latha")
    public static let month = Phrase(en: "Month", gd: "Mìos")
    public static let year = Phrase(en: "Year", gd: "Bliadhna")
    public static let addressLine1 = Phrase(en: "Address line 1", gd: "Loidhne 1 den t-seòladh")
    public static let addressLine2 = Phrase(en: "Address line 2 (optional)", gd: "Loidhne 2 den t-seòladh (roghainneil)")
    public static let town = Phrase(en: "Town or city", gd: "Baile no baile-mòr")
    public static let postcode = Phrase(en: "Postcode", gd: "Còd-puist")
    public static let latitude = Phrase(en: "Latitude", gd: "Domhan-leud")
    public static let longitude = Phrase(en: "Longitude", gd: "Domhan-fhad")
    public static let locationDescription = Phrase(en: "Describe where it is", gd: "Innis càite a bheil e")
    public static let locationHint = Phrase(en: "For example, outside 12 High Street, near the bus stop. If you know them, you can also give the latitude and longitude.", gd: "Mar eisimpleir, taobh a-muigh 12 an t-Sràid Àrd, faisg air stad a’ bhus. Ma tha fios agad orra, faodaidh tu an domhan-leud is an domhan-fhad a thoirt seachad cuideachd.")
    public static let coordinates = Phrase(en: "Latitude and longitude (optional)", gd: "Domhan-leud is domhan-fhad (roghainneil)")
    public static let optional = Phrase(en: "(optional)", gd: "(roghainneil)")
    public static let fileCurrent = Phrase(en: "You uploaded", gd: "Luchdaich thu suas")
    public static let fileReplace = Phrase(en: "Choose a different file, or continue to keep this one.", gd: "Tagh faidhle eile, no lean air adhart gus am fear seo a chumail.")
    public static let selectPlaceholder = Phrase(en: "Choose an option", gd: "Tagh roghainn")
    public static let submit = Phrase(en: "Accept and send", gd: "Gabh ris agus cuir")
    public static let nowSend = Phrase(en: "Now send your request", gd: "A-nis cuir an t-iarrtas agad")
    public static let referenceIs = Phrase(en: "Your reference number", gd: "An àireamh-iomraidh agad")
    public static let whatHappensNext = Phrase(en: "What happens next", gd: "Dè thachras an ath rud")
    public static let keepRecord = Phrase(en: "Keep a record", gd: "Cùm clàr")
    public static let printVersion = Phrase(en: "View a printable copy of your answers", gd: "Faic lethbhreac de na freagairtean agad a ghabhas clò-bhualadh")
    public static let printIntro = Phrase(en: "Print or save this page to keep a record of what you sent.", gd: "Clò-bhuail no sàbhail an duilleag seo airson clàr a chumail de na chuir thu.")
    public static let submittedOn = Phrase(en: "Sent on", gd: "Air a chur air")
    public static let startAgain = Phrase(en: "Start a new request", gd: "Tòisich iarrtas ùr")
    public static let youHaveAdded = Phrase(en: "You have added", gd: "Tha thu air cur ris")
    public static let itemNumber = Phrase(en: "Item", gd: "Nì")
    public static let removeConfirm = Phrase(en: "Are you sure you want to remove this?", gd: "A bheil thu cinnteach gu bheil thu airson seo a thoirt air falbh?")
    public static let notFoundTitle = Phrase(en: "Page not found", gd: "Cha deach an duilleag a lorg")
    public static let notFoundBody = Phrase(en: "If you typed the web address, check it is correct. If you pasted the web address, check you copied the entire address.", gd: "Ma sgrìobh thu an seòladh-lìn, dèan cinnteach gu bheil e ceart. Ma chuir thu a-steach e, dèan cinnteach gun do rinn thu lethbhreac den t-seòladh gu lèir.")
    public static let serverErrorTitle = Phrase(en: "Sorry, there is a problem with the service", gd: "Tha sinn duilich, tha duilgheadas leis an t-seirbheis")
    public static let serverErrorBody = Phrase(en: "Try again later. We saved your answers up to the last page you completed.", gd: "Feuch a-rithist an ceann greis. Shàbhail sinn na freagairtean agad chun na duilleig mu dheireadh a chrìochnaich thu.")
    public static let tooLargeTitle = Phrase(en: "The file you sent is too large", gd: "Tha am faidhle a chuir thu ro mhòr")
    public static let tooLargeBody = Phrase(en: "Go back and choose a smaller file.", gd: "Till air ais agus tagh faidhle nas lugha.")
    public static let forbiddenTitle = Phrase(en: "Your session has expired or the form was sent twice", gd: "Dh’fhalbh an ùine air an t-seisean agad no chaidh am foirm a chur dà thuras")
    public static let forbiddenBody = Phrase(en: "Go back, reload the page and try again. We have not lost the answers you already saved.", gd: "Till air ais, luchdaich an duilleag a-rithist agus feuch a-rithist. Cha do chaill sinn na freagairtean a shàbhail thu mu thràth.")
    public static let refusedTitle = Phrase(en: "You cannot use this page", gd: "Chan urrainn dhut an duilleag seo a chleachdadh")
    public static let refusedBody = Phrase(en: "Your role does not include this page. If you need it for your work, ask an administrator to give you the role that does.", gd: "Chan eil an duilleag seo am measg na dreuchd agad. Ma tha feum agad oirre airson na h-obrach agad, iarr air rianaire an dreuchd a bheir cothrom oirre a thoirt dhut.")
    public static let staffHome = Phrase(en: "Staff home", gd: "Dachaigh an luchd-obrach")
    public static let exitStartAgain = Phrase(en: "Go back to the start", gd: "Till chun an toiseach")
    public static let footer = Phrase(en: "OneCouncil is open-source software for council digital services.", gd: "Tha OneCouncil na bhathar-bog le còd fosgailte airson seirbheisean didseatach chomhairlean.")
    public static let accountNav = Phrase(en: "Account", gd: "Cunntas")
    public static let yourAccount = Phrase(en: "Your account", gd: "An cunntas agad")
    public static let signIn = Phrase(en: "Sign in", gd: "Clàraich a-steach")
    public static let signOut = Phrase(en: "Sign out", gd: "Clàraich a-mach")
    public static let saveForLater = Phrase(en: "Save and come back later", gd: "Sàbhail is till às dèidh làimh")
    public static let accessibility = Phrase(en: "Accessibility", gd: "So-ruigsinneachd")
    public static let checkTitle = Phrase(en: "Check your answers", gd: "Thoir sùil air na freagairtean agad")
    public static let noServices = Phrase(en: "There are no services published yet.", gd: "Chan eil seirbheis sam bith air fhoillseachadh fhathast.")
    public static let answersChanged = Phrase(en: "Your answers changed since you last checked them. Check them again before you send your request.", gd: "Dh’atharraich na freagairtean agad bho thug thu sùil orra mu dheireadh. Thoir sùil orra a-rithist mus cuir thu an t-iarrtas.")
    public static let appointmentPlacesLeft = Phrase(en: "places left", gd: "àiteachan air fhàgail")
    public static let appointmentOnePlace = Phrase(en: "1 place left", gd: "1 àite air fhàgail")
    public static let appointmentNoneLeft = Phrase(en: "There are no dates left to book online at the moment. Call us to arrange one.", gd: "Chan eil ceann-latha air fhàgail a ghabhas glèidheadh air-loidhne an-dràsta. Cuir fòn thugainn gus fear a chur air dòigh.")
}

/// The phrases the Mustache templates read as `{{t.name}}`, until the last templates move to typed views.
extension Phrase {
    static let templateKeys: [String: Phrase] = [
        "council": .council,
        "skip": .skip,
        "back": .back,
        "continue": .continue,
        "startNow": .startNow,
        "errorPrefix": .errorPrefix,
        "thereIsAProblem": .thereIsAProblem,
        "errorLabel": .errorLabel,
        "languageNav": .languageNav,
        "services": .services,
        "servicesIntro": .servicesIntro,
        "beforeYouStart": .beforeYouStart,
        "change": .change,
        "remove": .remove,
        "yes": .yes,
        "no": .no,
        "day": .day,
        "month": .month,
        "year": .year,
        "addressLine1": .addressLine1,
        "addressLine2": .addressLine2,
        "town": .town,
        "postcode": .postcode,
        "latitude": .latitude,
        "longitude": .longitude,
        "locationDescription": .locationDescription,
        "locationHint": .locationHint,
        "coordinates": .coordinates,
        "optional": .optional,
        "fileCurrent": .fileCurrent,
        "fileReplace": .fileReplace,
        "selectPlaceholder": .selectPlaceholder,
        "submit": .submit,
        "nowSend": .nowSend,
        "referenceIs": .referenceIs,
        "whatHappensNext": .whatHappensNext,
        "keepRecord": .keepRecord,
        "printVersion": .printVersion,
        "printIntro": .printIntro,
        "submittedOn": .submittedOn,
        "startAgain": .startAgain,
        "youHaveAdded": .youHaveAdded,
        "itemNumber": .itemNumber,
        "removeConfirm": .removeConfirm,
        "notFoundTitle": .notFoundTitle,
        "notFoundBody": .notFoundBody,
        "serverErrorTitle": .serverErrorTitle,
        "serverErrorBody": .serverErrorBody,
        "tooLargeTitle": .tooLargeTitle,
        "tooLargeBody": .tooLargeBody,
        "forbiddenTitle": .forbiddenTitle,
        "forbiddenBody": .forbiddenBody,
        "refusedTitle": .refusedTitle,
        "refusedBody": .refusedBody,
        "staffHome": .staffHome,
        "exitStartAgain": .exitStartAgain,
        "footer": .footer,
        "accountNav": .accountNav,
        "yourAccount": .yourAccount,
        "signIn": .signIn,
        "signOut": .signOut,
        "saveForLater": .saveForLater,
        "accessibility": .accessibility,
        "checkTitle": .checkTitle,
        "noServices": .noServices,
        "answersChanged": .answersChanged,
        "appointmentPlacesLeft": .appointmentPlacesLeft,
        "appointmentOnePlace": .appointmentOnePlace,
        "appointmentNoneLeft": .appointmentNoneLeft,
    ]
}
