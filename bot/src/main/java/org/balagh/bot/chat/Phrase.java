package org.balagh.bot.chat;

import java.util.Locale;

/**
 * Every sentence of the interface, in English, Arabic and French. Values are HTML (Telegram's
 * subset); {@code %s} arguments must be escaped by the caller.
 */
public enum Phrase {
  WELCOME(
      "<b>Balagh</b> answers questions about foreign-policy statements with one sentence quoted"
          + " word for word from a stored statement, with its title, date and source.\n\n"
          + "Ask in Arabic, English or French, for example:",
      "<b>بلاغ</b> يجيب عن أسئلتك حول بيانات السياسة الخارجية بجملة واحدة مقتبسة حرفيًا من بيان"
          + " مخزّن، مع عنوانه وتاريخه ومصدره.\n\nاسأل بالعربية أو الإنجليزية أو الفرنسية، مثلًا:",
      "<b>Balagh</b> répond aux questions sur les déclarations de politique étrangère par une"
          + " phrase citée mot pour mot d’une déclaration enregistrée, avec son titre, sa date et"
          + " sa source.\n\nPosez votre question en arabe, en anglais ou en français, par exemple :"),
  WELCOME_END("/help lists the commands.", "‏/help يعرض الأوامر.", "/help affiche les commandes."),
  HELP(
      "Send me a question and I answer with the one stored sentence that answers it.\n\n"
          + "/ask <i>question</i> — ask (in groups too)\n"
          + "/latest <i>country</i> — the newest statements, of a country if you name one\n"
          + "/country <i>country</i> — all its statements, newest first\n"
          + "/compare <i>country country topic</i> — what each said on a topic, side by side\n"
          + "/sources — what is stored\n"
          + "/help — this list",
      "أرسل إليّ سؤالًا وأجيبك بالجملة المخزّنة التي تجيب عنه.\n\n"
          + "‏/ask <i>سؤال</i> — اسأل (في المجموعات أيضًا)\n"
          + "‏/latest <i>بلد</i> — أحدث البيانات، لبلد معيّن إن ذكرته\n"
          + "‏/country <i>بلد</i> — كل بياناته، الأحدث أولًا\n"
          + "‏/compare <i>بلد بلد موضوع</i> — ما قاله كلٌّ منهما في موضوع، جنبًا إلى جنب\n"
          + "‏/sources — ما هو مخزّن\n"
          + "‏/help — هذه القائمة",
      "Envoyez-moi une question : je réponds par la phrase enregistrée qui y répond.\n\n"
          + "/ask <i>question</i> — poser une question (aussi dans les groupes)\n"
          + "/latest <i>pays</i> — les déclarations les plus récentes, d’un pays si vous le"
          + " nommez\n"
          + "/country <i>pays</i> — toutes ses déclarations, les plus récentes d’abord\n"
          + "/compare <i>pays pays sujet</i> — ce que chacun a dit sur un sujet, côte à côte\n"
          + "/sources — ce qui est enregistré\n"
          + "/help — cette liste"),
  HELP_INLINE(
      "\n\nIn any chat, type @%s and a question to share a quote.",
      "\n\nفي أي محادثة، اكتب ‎@%s متبوعًا بسؤال لمشاركة اقتباس.",
      "\n\nDans n’importe quelle discussion, tapez @%s et une question pour partager une"
          + " citation."),
  HELP_ADMIN(
      "\n\n<b>Administrators</b>\n/reload — re-read the data folder\n/stats — usage and health\n"
          + "Send a .json, .jsonl, .txt or .csv statement file, a news feed (.xml, .rss, .atom), a"
          + " saved web page (.html), or a .glossary.tsv glossary (columns en, fr, ar), to add it.",
      "\n\n<b>للمشرفين</b>\n‏/reload — إعادة قراءة مجلد البيانات\n‏/stats — الاستخدام والحالة\n"
          + "أرسل ملف بيان ‎.json أو ‎.jsonl أو ‎.txt أو ‎.csv، أو موجز أخبار (‎.xml أو ‎.rss أو ‎.atom)، أو صفحة"
          + " ويب محفوظة (‎.html)، أو مسردًا ‎.glossary.tsv (الأعمدة en وfr وar)، لإضافته.",
      "\n\n<b>Administrateurs</b>\n/reload — relire le dossier de données\n/stats — usage et"
          + " état\nEnvoyez un fichier de déclaration .json, .jsonl, .txt ou .csv, un flux d’actualités"
          + " (.xml, .rss, .atom), une page web enregistrée (.html) ou un glossaire .glossary.tsv"
          + " (colonnes en, fr, ar), pour l’ajouter."),
  NOTHING_FOUND(
      "No stored statement answers that, so I won’t guess. Try rephrasing, naming the country,"
          + " or see /sources for what is stored.",
      "لا يوجد بيان مخزّن يجيب عن هذا السؤال، ولن أخمّن. جرّب صياغة أخرى أو اذكر اسم البلد، أو اطّلع"
          + " على ما هو مخزّن عبر ‎/sources.",
      "Aucune déclaration enregistrée ne répond à cela, et je préfère ne pas deviner. Reformulez,"
          + " nommez le pays, ou voyez /sources pour ce qui est enregistré."),
  NOTHING_FROM(
      "Nothing stored from %s answers that, and I won’t quote anyone else in its place. See"
          + " /country for what is stored from it.",
      "لا يوجد بيان مخزّن صادر عن %s يجيب عن هذا، ولن أقتبس غيره مكانه. اطّلع على ما هو مخزّن منه عبر"
          + " ‎/country.",
      // French names a country with its article ("la Chine", "le Maroc", "les États-Unis"): the
      // names stand after a colon, as a label, where they need none ("pays" is both numbers).
      "Aucune déclaration enregistrée ne répond à cela (pays : %s), et je ne citerai personne"
          + " d’autre à la place. Voyez /country pour ce qui est enregistré."),
  ASKED("Asked: “%s”", "ردًّا على سؤال: «%s»", "En réponse à : « %s »"),
  SAID_BY("Said by %s", "على لسان %s", "Propos de %s"),
  ISSUED_BY("Issued by %s", "صادر عن %s", "Émis par : %s"),
  QUOTING(
      "Quoting %s: their words, as the statement reports them",
      "نقلًا عن %s: كلامه كما ينقله البيان",
      "Citant %s : ses propos, tels que la déclaration les rapporte"),
  COLLECTION(
      "the link leads to the whole collection, not to this statement",
      "الرابط يقود إلى المجموعة كلها لا إلى هذا البيان",
      "le lien mène à la collection entière, pas à ce texte"),
  ASK_EMPTY(
      "Write your question after /ask, for example:\n<code>/ask %s</code>",
      "اكتب سؤالك بعد ‎/ask، مثلًا:\n<code>/ask %s</code>",
      "Écrivez votre question après /ask, par exemple :\n<code>/ask %s</code>"),
  MENTION_EMPTY(
      "Yes? Ask me a question about a foreign-policy statement.",
      "نعم؟ اسألني عن بيان من بيانات السياسة الخارجية.",
      "Oui ? Posez-moi une question sur une déclaration de politique étrangère."),
  UNKNOWN_COMMAND(
      "I don’t know that command. /help lists the ones I know.",
      "لا أعرف هذا الأمر. ‏/help يعرض الأوامر المتاحة.",
      "Je ne connais pas cette commande. /help liste celles que je connais."),
  ANSWER_OF("answer %d of %d", "الجواب %d من %d", "réponse %d sur %d"),
  ORIGINAL("%s original", "النص الأصلي %s", "original en %s"),
  MORE("More ▸", "المزيد ◂", "Suite ▸"),
  BACK("◂ Back", "▸ السابق", "◂ Retour"),
  CONTEXT("Context", "السياق", "Contexte"),
  SOURCE("Source 🔗", "المصدر 🔗", "Source 🔗"),
  LATEST(
      "<b>The newest statements</b>",
      "<b>أحدث البيانات</b>",
      "<b>Les déclarations les plus récentes</b>"),
  LATEST_OF(
      "<b>The newest statements involving %s</b>",
      "<b>أحدث البيانات المتعلقة بـ%s</b>",
      "<b>Les déclarations les plus récentes concernant : %s</b>"),
  LATEST_NONE(
      "No stored statement involves %s.",
      "لا يوجد بيان مخزّن يتعلق بـ%s.", "Aucune déclaration enregistrée ne concerne : %s."),
  UNKNOWN_COUNTRY(
      "I don’t know a country called “%s”. Try its name in Arabic, English or French.",
      "لا أعرف بلدًا اسمه «%s». جرّب اسمه بالعربية أو الإنجليزية أو الفرنسية.",
      "Je ne connais pas de pays nommé « %s ». Essayez son nom en arabe, en anglais ou en"
          + " français."),
  COUNTRY_EMPTY(
      "Name a country after /country, for example:\n<code>/country Morocco</code>",
      "اكتب اسم بلد بعد ‎/country، مثلًا:\n<code>/country المغرب</code>",
      "Nommez un pays après /country, par exemple :\n<code>/country Maroc</code>"),
  TIMELINE_OF(
      "<b>Statements involving %s</b> (%d, newest first)",
      "<b>البيانات المتعلقة بـ%s</b> (%d، الأحدث أولًا)",
      "<b>Déclarations concernant : %s</b> (%d, les plus récentes d’abord)"),
  TIMELINE_RANGE("%d–%d of %d", "%d–%d من %d", "%d–%d sur %d"),
  TIMELINE_OLDER("; %d older", "؛ والأقدم: %d", " ; %d plus anciennes"),
  NEWER("◂ Newer", "▸ الأحدث", "◂ Plus récentes"),
  OLDER("Older ▸", "الأقدم ◂", "Plus anciennes ▸"),
  COMPARE_USAGE(
      "Name two countries, then a topic, for example:\n"
          + "<code>/compare Morocco Kazakhstan wheat exports</code>",
      "اذكر بلدين ثم موضوعًا، مثلًا:\n<code>/compare المغرب كازاخستان تصدير القمح</code>",
      "Nommez deux pays, puis un sujet, par exemple :\n"
          + "<code>/compare Maroc Kazakhstan exportations de blé</code>"),
  COMPARE_HEAD("<b>%s and %s on “%s”</b>", "<b>%s و%s بشأن «%s»</b>", "<b>%s et %s sur « %s »</b>"),
  COMPARE_NONE(
      "No stored statement of this country answers that.",
      "لا يوجد بيان مخزّن لهذا البلد يجيب عن ذلك.",
      "Aucune déclaration enregistrée de ce pays n’y répond."),
  COMPARE_SAME(
      "The same sentence as above: it comes from a statement of both countries.",
      "الجملة نفسها المذكورة أعلاه: وردت في بيان يجمع البلدين.",
      "La même phrase que ci-dessus : elle vient d’une déclaration des deux pays."),
  SOURCES(
      "<b>Stored: %d statements, %d sentences</b>",
      "<b>المخزّن: %d بيانًا، %d جملة</b>", "<b>Enregistré : %d déclarations, %d phrases</b>"),
  BY_SOURCE("<b>By source</b>", "<b>حسب المصدر</b>", "<b>Par source</b>"),
  BY_LANGUAGE("<b>By language</b>", "<b>حسب اللغة</b>", "<b>Par langue</b>"),
  BY_YEAR("<b>By year</b>", "<b>حسب السنة</b>", "<b>Par année</b>"),
  OTHERS("%d other sources: %d", "%d مصادر أخرى: %d", "%d autres sources : %d"),
  NO_YEAR("undated", "بلا تاريخ", "sans date"),
  ADMIN_ONLY(
      "Sorry, that is for the bot’s administrators.",
      "عذرًا، هذا الأمر مخصّص لمشرفي البوت.",
      "Désolé, c’est réservé aux administrateurs du bot."),
  UPLOAD_ADMIN_ONLY(
      "Thanks, but only the bot’s administrators can add statement files.",
      "شكرًا، لكن إضافة ملفات البيانات مقصورة على مشرفي البوت.",
      "Merci, mais seuls les administrateurs du bot peuvent ajouter des fichiers de"
          + " déclarations."),
  SLOW_DOWN(
      "You are sending messages faster than I can answer well. Please wait a few seconds.",
      "أنت ترسل الرسائل أسرع مما أستطيع الإجابة عنه جيدًا. يُرجى الانتظار بضع ثوانٍ.",
      "Vous envoyez des messages plus vite que je ne peux bien y répondre. Patientez quelques"
          + " secondes."),
  EXPIRED(
      "This question has expired; please ask it again.",
      "انتهت صلاحية هذا السؤال؛ يُرجى طرحه من جديد.",
      "Cette question a expiré ; posez-la à nouveau."),
  STALE_BUTTON(
      "This button no longer works.", "هذا الزر لم يعد يعمل.", "Ce bouton ne fonctionne plus."),
  NO_MORE("No more answers.", "لا توجد أجوبة أخرى.", "Pas d’autres réponses."),
  GONE(
      "That statement is no longer stored.",
      "هذا البيان لم يعد مخزّنًا.",
      "Cette déclaration n’est plus enregistrée."),
  THANKS("Thanks, noted.", "شكرًا، تمّ التسجيل.", "Merci, c’est noté."),
  VOTED("Already noted, thanks.", "سبق تسجيله، شكرًا.", "Déjà noté, merci."),
  RELOADED(
      "Reloaded in %s: %d statements, %d sentences.",
      "أُعيد التحميل في %s: %d بيانًا، %d جملة.", "Rechargé en %s : %d déclarations, %d phrases."),
  UP_TO_DATE(
      "Already up to date (checked in %s): %d statements, %d sentences.",
      "الفهرس محدَّث أصلًا (تحقّق في %s): %d بيانًا، %d جملة.",
      "Déjà à jour (vérifié en %s) : %d déclarations, %d phrases."),
  GLOSSARY_ROWS("Glossary rows: %d.", "صفوف المسرد: %d.", "Lignes du glossaire : %d."),
  SKIPPED("Records skipped: %d", "السجلات المُتجاهَلة: %d", "Enregistrements ignorés : %d"),
  RELOAD_FAILED(
      "Reload failed: %s\nStill answering from the previous index.",
      "فشلت إعادة التحميل: %s\nما زلت أجيب من الفهرس السابق.",
      "Le rechargement a échoué : %s\nJe réponds toujours avec l’index précédent."),
  ADDED(
      "Added %s (statements: %d).",
      "أُضيف %s (عدد البيانات: %d).", "Ajouté %s (déclarations : %d)."),
  REPLACED(
      "Replaced %s (statements: %d).",
      "استُبدل %s (عدد البيانات: %d).", "Remplacé %s (déclarations : %d)."),
  GLOSSARY_ADDED(
      "Added %s (glossary rows: %d).",
      "أُضيف %s (صفوف المسرد: %d).", "Ajouté %s (lignes du glossaire : %d)."),
  GLOSSARY_REPLACED(
      "Replaced %s (glossary rows: %d).",
      "استُبدل %s (صفوف المسرد: %d).", "Remplacé %s (lignes du glossaire : %d)."),
  NOT_A_STATEMENT_FILE(
      "%s: I take only .json, .jsonl, .txt and .csv statement files, news feeds (.xml, .rss, .atom),"
          + " saved web pages (.html) and .glossary.tsv glossaries.",
      "%s: أقبل ملفات البيانات من نوع ‎.json و‎.jsonl و‎.txt و‎.csv وموجزات الأخبار (‎.xml و‎.rss و‎.atom)"
          + " وصفحات الويب المحفوظة (‎.html) والمسارد ‎.glossary.tsv فقط.",
      "%s : je n’accepte que les fichiers de déclarations .json, .jsonl, .txt et .csv, les flux"
          + " d’actualités (.xml, .rss, .atom), les pages web enregistrées (.html) et les"
          + " glossaires .glossary.tsv."),
  BAD_GLOSSARY(
      "%s was not added: a glossary’s first line is the header <code>en fr ar</code>, and every"
          + " line has three cells, English, French and Arabic, separated by tabs. To fix:",
      "لم يُضف %s: السطر الأول في المسرد هو الترويسة <code>en fr ar</code>، وفي كل سطر ثلاث خانات"
          + " (الإنجليزية، الفرنسية، العربية) تفصل بينها علامات الجدولة. ما يجب إصلاحه:",
      "%s n’a pas été ajouté : la première ligne d’un glossaire est l’en-tête <code>en fr"
          + " ar</code>, et chaque ligne a trois cellules, anglais, français et arabe, séparées par"
          + " des tabulations. À corriger :"),
  TOO_LARGE(
      "%s is larger than the %d MiB limit.",
      "%s أكبر من الحد المسموح (%d ميغابايت).", "%s dépasse la limite de %d Mio."),
  INVALID(
      "%s was not added: it holds no valid statement.",
      "لم يُضف %s: لا يحتوي على أي بيان صالح.",
      "%s n’a pas été ajouté : il ne contient aucune déclaration valide."),
  DUPLICATES(
      "%s was not added: these ids are already stored in other files (rename them, or send the"
          + " file that holds them, under its name, to replace it):",
      "لم يُضف %s: هذه المعرّفات مخزّنة في ملفات أخرى (غيّر أسماءها، أو أرسل الملف الذي يحتويها"
          + " باسمه نفسه لاستبداله):",
      "%s n’a pas été ajouté : ces identifiants sont déjà enregistrés dans d’autres fichiers"
          + " (renommez-les, ou envoyez sous son nom le fichier qui les contient pour le"
          + " remplacer) :"),
  FETCH_FAILED(
      "I could not fetch %s: %s", "تعذّر عليّ جلب %s: %s", "Je n’ai pas pu récupérer %s : %s"),
  STATS(
      "<b>Balagh</b>\nUp for %s\nCorpus: %d statements, %d sentences, %d files\n"
          + "Questions answered: %d, %d with nothing stored (%s)\nInline queries: %d\n"
          + "Answer latency: p50 %s ms · p99 %s ms\nFeedback: 👍 %d · 👎 %d\nErrors: %d",
      "<b>بلاغ</b>\nيعمل منذ %s\nالمخزّن: %d بيانًا، %d جملة، %d ملفًا\n"
          + "الأسئلة المُجاب عنها: %d، منها %d بلا جواب مخزّن (%s)\nالاستعلامات المضمّنة: %d\n"
          + "زمن الإجابة: p50 %s ms · p99 %s ms\nالتقييم: 👍 %d · 👎 %d\nالأخطاء: %d",
      "<b>Balagh</b>\nEn service depuis %s\nCorpus : %d déclarations, %d phrases, %d fichiers\n"
          + "Questions traitées : %d, dont %d sans réponse enregistrée (%s)\n"
          + "Requêtes en ligne : %d\nLatence : p50 %s ms · p99 %s ms\n"
          + "Avis : 👍 %d · 👎 %d\nErreurs : %d"),
  MEANING_READY(
      "\nRe-ranking by meaning: on (%d sentence vectors stored)",
      "\nإعادة الترتيب بحسب المعنى: مفعّلة (%d متجهًا مخزّنًا للجمل)",
      "\nReclassement par le sens : actif (%d vecteurs de phrases enregistrés)"),
  MEANING_EMBEDDING(
      "\nRe-ranking by meaning: embedding the sentences, %d of %d gone through; answers are"
          + " lexical until then",
      "\nإعادة الترتيب بحسب المعنى: جارٍ تحويل الجمل إلى متجهات، %d من %d؛ الإجابات لفظية إلى"
          + " أن يكتمل",
      "\nReclassement par le sens : vectorisation des phrases, %d sur %d ; réponses lexicales"
          + " d’ici là"),
  MEANING_LOADING(
      "\nRe-ranking by meaning: the model is loading",
      "\nإعادة الترتيب بحسب المعنى: النموذج قيد التحميل",
      "\nReclassement par le sens : chargement du modèle"),
  MEANING_OFF(
      "\nRe-ranking by meaning: switched off; answers are lexical",
      "\nإعادة الترتيب بحسب المعنى: معطّلة؛ الإجابات لفظية",
      "\nReclassement par le sens : désactivé ; réponses lexicales"),
  MEANING_UNAVAILABLE(
      "\nRe-ranking by meaning: unavailable (%s); answers are lexical",
      "\nإعادة الترتيب بحسب المعنى: غير متاحة (%s)؛ الإجابات لفظية",
      "\nReclassement par le sens : indisponible (%s) ; réponses lexicales"),
  FAILED(
      "Sorry, something went wrong on my side. Please try again.",
      "عذرًا، حدث خطأ من جهتي. يُرجى المحاولة مرة أخرى.",
      "Désolé, quelque chose a échoué de mon côté. Réessayez.");

  private final String en;
  private final String ar;
  private final String fr;

  Phrase(String en, String ar, String fr) {
    this.en = en;
    this.ar = ar;
    this.fr = fr;
  }

  public String in(Lang lang, Object... args) {
    String text =
        switch (lang) {
          case AR -> ar;
          case FR -> fr;
          case EN -> en;
        };
    return args.length == 0 ? text : String.format(Locale.ROOT, text, args);
  }
}
