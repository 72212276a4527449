/**
 * Messages for API errors and field validation. They are used by the main process
 * (to put a translated `message` on every error) and by the renderer (to re-translate
 * from the `messageKey` after a language switch), so they live in shared.
 */
export const errorMessages = {
  kk: {
    errors: {
      validation: 'Енгізілген деректерде қате бар: белгіленген өрістерді түзетіңіз.',
      not_found: 'Жазба табылмады: ол жойылған немесе ешқашан болмаған.',
      conflict: 'Бұл өзгерісті сақтау мүмкін емес: {{reason}}',
      unknown_channel: 'Мұндай сұрау жоқ.',
      unauthorised:
        'Кіру белгісі жоқ немесе дұрыс емес. Kenes іске қосылғанда басып шығарылған мекенжайды ашыңыз.',
      forbidden: 'Сұрау рұқсат етілмеген көзден келді.',
      too_large: 'Сұрау тым үлкен.',
      read_only: 'Жұмыс кеңістігі тек оқуға ашылған.',
      internal: 'Күтпеген қате болды. Ештеңе сақталмады; әрекетті қайталап көріңіз.',
      network: 'Kenes қызметімен байланыс жоқ.',
    },
    conflict: {
      hubExists: 'кеңестің орталық түйіні бұрыннан бар',
      archived: 'жазба мұрағатта; алдымен оны қалпына келтіріңіз',
      notArchived: 'жазба мұрағатта емес',
      selfLink: 'ұйымды өзімен байланыстыру мүмкін емес',
      groupCycle: 'топ өзінің ішкі тобына кіре алмайды',
      alreadyInitialised: 'жұмыс кеңістігі бұрыннан құрылған',
      notInitialised: 'жұмыс кеңістігі әлі құрылмаған',
      archivedReference: 'сілтеме жасалған жазба мұрағатта',
      personNotInOrganisation: 'адам бұл ұйымда жұмыс істемейді',
      hubArchive: 'кеңестің өзін мұрағатқа жіберу мүмкін емес',
      sameOfficer: 'бір адам әрі төраға, әрі хатшы бола алмайды',
      groupHasSubgroups: 'топтың белсенді ішкі топтары бар; алдымен оларды мұрағатқа жіберіңіз',
      nothingToUndo: 'болдырмайтын ештеңе жоқ',
      nothingToRedo: 'қайталайтын ештеңе жоқ',
      undoOutdated:
        'жазба содан бері басқаша өзгерді, сондықтан бұл қадамды болдырмау мүмкін емес; ештеңе өзгертілмеді',
      redoOutdated:
        'жазба содан бері басқаша өзгерді, сондықтан бұл қадамды қайталау мүмкін емес; ештеңе өзгертілмеді',
      lastView: 'жалғыз көріністі жою мүмкін емес',
    },
    workspace: {
      drift:
        'Жұмыс кеңістігі ашылмады: {{path}} файлындағы дерекқор құрылымы Kenes-тің осы нұсқасы күткендей емес. Файлға ешнәрсе жазылған жоқ. Сақтық көшірмелер қасындағы backups қалтасында.',
      newer:
        'Бұл жұмыс кеңістігін ({{path}}) Kenes-тің жаңарақ нұсқасы жасаған. Оны ашу үшін Kenes-ті жаңартыңыз; файлға ешнәрсе жазылған жоқ.',
      corrupt:
        '{{path}} файлы зақымдалған немесе Kenes жұмыс кеңістігі емес. Файлға ешнәрсе жазылған жоқ; соңғы сақтық көшірмені қасындағы backups қалтасынан алыңыз.',
      openFailed: 'Жұмыс кеңістігі ({{path}}) ашылмады: {{reason}}',
    },
    validation: {
      required: 'Міндетті өріс.',
      tooLong: 'Тым ұзын: ең көбі {{max}} таңба.',
      tooShort: 'Тым қысқа: ең кемі {{min}} таңба.',
      wrongType: 'Мәннің түрі дұрыс емес.',
      email: 'Электрондық пошта мекенжайы дұрыс емес.',
      url: 'Сайт мекенжайы http:// немесе https:// деп басталуы керек.',
      phone: 'Телефон нөмірінде тек сандар, бос орын, +, (, ) және - болуы мүмкін.',
      choice: 'Тізімнен мән таңдаңыз.',
      unknownField: 'Белгісіз өріс: {{keys}}.',
      min: 'Ең кемі {{min}}.',
      max: 'Ең көбі {{max}}.',
      integer: 'Бүтін сан енгізіңіз.',
      year: 'Жыл {{min}} мен {{max}} аралығында болуы керек.',
      uuid: 'Сәйкестендіргіш дұрыс емес.',
      unknownType: 'Ұйым түрі анықтамалықта жоқ.',
      unknownLinkKind: 'Байланыс түрі анықтамалықта жоқ.',
      emptyPatch: 'Өзгертетін ештеңе жоқ.',
      tooMany: 'Тым көп жазба: ең көбі {{max}}.',
      format: 'Пішімі дұрыс емес.',
      date: 'Күнді КК.АА.ЖЖЖЖ түрінде енгізіңіз.',
    },
  },
  ru: {
    errors: {
      validation: 'В данных есть ошибки: исправьте отмеченные поля.',
      not_found: 'Запись не найдена: она удалена или никогда не существовала.',
      conflict: 'Это изменение нельзя сохранить: {{reason}}',
      unknown_channel: 'Такого запроса нет.',
      unauthorised: 'Нет ключа доступа или он неверен. Откройте адрес, который Kenes напечатал при запуске.',
      forbidden: 'Запрос пришёл из недопустимого источника.',
      too_large: 'Запрос слишком большой.',
      read_only: 'Рабочее пространство открыто только для чтения.',
      internal: 'Произошла непредвиденная ошибка. Ничего не сохранено; попробуйте ещё раз.',
      network: 'Нет связи со службой Kenes.',
    },
    conflict: {
      hubExists: 'центральный узел совета уже есть',
      archived: 'запись в архиве; сначала восстановите её',
      notArchived: 'запись не в архиве',
      selfLink: 'нельзя связать организацию саму с собой',
      groupCycle: 'группа не может входить в собственную подгруппу',
      alreadyInitialised: 'рабочее пространство уже создано',
      notInitialised: 'рабочее пространство ещё не создано',
      archivedReference: 'связанная запись находится в архиве',
      personNotInOrganisation: 'человек не работает в этой организации',
      hubArchive: 'нельзя отправить в архив сам совет',
      sameOfficer: 'один человек не может быть одновременно председателем и секретарём',
      groupHasSubgroups: 'у группы есть активные подгруппы; сначала отправьте в архив их',
      nothingToUndo: 'нечего отменять',
      nothingToRedo: 'нечего повторять',
      undoOutdated: 'запись с тех пор изменилась иначе, поэтому этот шаг отменить нельзя; ничего не изменено',
      redoOutdated:
        'запись с тех пор изменилась иначе, поэтому этот шаг повторить нельзя; ничего не изменено',
      lastView: 'нельзя удалить единственную схему',
    },
    workspace: {
      drift:
        'Рабочее пространство не открыто: структура базы в файле {{path}} не та, которую ожидает эта версия Kenes. В файл ничего не записано. Резервные копии лежат рядом, в папке backups.',
      newer:
        'Это рабочее пространство ({{path}}) создано более новой версией Kenes. Обновите Kenes, чтобы открыть его; в файл ничего не записано.',
      corrupt:
        'Файл {{path}} повреждён или не является рабочим пространством Kenes. В файл ничего не записано; возьмите последнюю резервную копию из папки backups рядом с ним.',
      openFailed: 'Не удалось открыть рабочее пространство ({{path}}): {{reason}}',
    },
    validation: {
      required: 'Обязательное поле.',
      tooLong: 'Слишком длинно: не более {{max}} символов.',
      tooShort: 'Слишком коротко: не менее {{min}} символов.',
      wrongType: 'Неверный тип значения.',
      email: 'Неверный адрес электронной почты.',
      url: 'Адрес сайта должен начинаться с http:// или https://.',
      phone: 'В номере телефона допустимы только цифры, пробел, +, (, ) и -.',
      choice: 'Выберите значение из списка.',
      unknownField: 'Неизвестное поле: {{keys}}.',
      min: 'Не меньше {{min}}.',
      max: 'Не больше {{max}}.',
      integer: 'Введите целое число.',
      year: 'Год должен быть от {{min}} до {{max}}.',
      uuid: 'Неверный идентификатор.',
      unknownType: 'Такого типа организации нет в справочнике.',
      unknownLinkKind: 'Такого вида связи нет в справочнике.',
      emptyPatch: 'Нечего изменять.',
      tooMany: 'Слишком много записей: не более {{max}}.',
      format: 'Неверный формат.',
      date: 'Введите дату в виде ДД.ММ.ГГГГ.',
    },
  },
  en: {
    errors: {
      validation: 'Some of the data is not valid: correct the marked fields.',
      not_found: 'Record not found: it was deleted or never existed.',
      conflict: 'This change cannot be saved: {{reason}}',
      unknown_channel: 'There is no such request.',
      unauthorised: 'The access token is missing or wrong. Open the address Kenes printed when it started.',
      forbidden: 'The request came from a source that is not allowed.',
      too_large: 'The request is too large.',
      read_only: 'The workspace is open read-only.',
      internal: 'Something unexpected went wrong. Nothing was saved; please try again.',
      network: 'Kenes service cannot be reached.',
    },
    conflict: {
      hubExists: 'the council hub already exists',
      archived: 'the record is archived; restore it first',
      notArchived: 'the record is not archived',
      selfLink: 'an organisation cannot be linked to itself',
      groupCycle: 'a group cannot be inside its own subgroup',
      alreadyInitialised: 'the workspace has already been created',
      notInitialised: 'the workspace has not been created yet',
      archivedReference: 'a referenced record is archived',
      personNotInOrganisation: 'the person does not work at this organisation',
      hubArchive: 'the council itself cannot be archived',
      sameOfficer: 'one person cannot be both chair and secretary',
      groupHasSubgroups: 'the group has active subgroups; archive them first',
      nothingToUndo: 'there is nothing to undo',
      nothingToRedo: 'there is nothing to redo',
      undoOutdated:
        'the record has changed in another way since, so this step cannot be undone; nothing was changed',
      redoOutdated:
        'the record has changed in another way since, so this step cannot be redone; nothing was changed',
      lastView: 'the only view cannot be deleted',
    },
    workspace: {
      drift:
        'The workspace was not opened: the database structure in {{path}} is not the one this version of Kenes expects. Nothing was written to the file. Backups are beside it, in the backups folder.',
      newer:
        'This workspace ({{path}}) was made by a newer version of Kenes. Update Kenes to open it; nothing was written to the file.',
      corrupt:
        '{{path}} is damaged or is not a Kenes workspace. Nothing was written to the file; take the latest backup from the backups folder beside it.',
      openFailed: 'The workspace ({{path}}) could not be opened: {{reason}}',
    },
    validation: {
      required: 'Required.',
      tooLong: 'Too long: at most {{max}} characters.',
      tooShort: 'Too short: at least {{min}} characters.',
      wrongType: 'Wrong type of value.',
      email: 'Not a valid e-mail address.',
      url: 'A website address must start with http:// or https://.',
      phone: 'A phone number may contain only digits, spaces, +, (, ) and -.',
      choice: 'Choose a value from the list.',
      unknownField: 'Unknown field: {{keys}}.',
      min: 'At least {{min}}.',
      max: 'At most {{max}}.',
      integer: 'Enter a whole number.',
      year: 'The year must be between {{min}} and {{max}}.',
      uuid: 'Not a valid identifier.',
      unknownType: 'This organisation type is not in the reference list.',
      unknownLinkKind: 'This kind of link is not in the reference list.',
      emptyPatch: 'Nothing to change.',
      tooMany: 'Too many records: at most {{max}}.',
      format: 'Wrong format.',
      date: 'Enter the date as DD.MM.YYYY.',
    },
  },
} as const;

export const languages = ['kk', 'ru', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'kk';
