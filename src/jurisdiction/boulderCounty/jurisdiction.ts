// Boulder County, Colorado: every fact the tool shows that belongs to the place. A county adapting
// the tool copies this folder and edits it (README: Adapt it for another place).
import type { Jurisdiction } from '../types';
import { place } from './place';

const checked = '2026-11-28';
const organizationSource = "Listed on the county's page; web address read on the organisation's own site (V)";

/** Local law enforcement, non-emergency: shown wherever the content record says to report locally. */
const localLines = ['sheriffNonEmergency', 'boulderPoliceNonEmergency', 'longmontPoliceNonEmergency', 'cuPoliceNonEmergency'];

export const jurisdiction: Jurisdiction = {
  place,
  description:
    'Suspect sex trafficking in Boulder County, Colorado? Answer a few questions to find out whom to contact. Nothing you enter is saved or sent.',
  contacts: {
    emergency: {
      name: {
        en: 'Emergency',
        es: 'Emergencias',
        vi: 'Khẩn cấp',
        'zh-Hans': '紧急求助',
        ar: 'الطوارئ',
        ru: 'Экстренные службы',
      },
      channels: [place.emergency],
      verification: 'seed',
      source: "The county's page: the Boulder County DA's sex trafficking page this tool was made from",
      checked,
    },
    daOffice: {
      name: {
        en: "Boulder County District Attorney's Office",
        es: 'Oficina del Fiscal de Distrito del Condado de Boulder',
        vi: "Văn phòng Biện lý Quận Boulder (Boulder County District Attorney's Office)",
        'zh-Hans': "博尔德县地区检察官办公室（Boulder County District Attorney's Office）",
        ar: "مكتب المدعي العام لمقاطعة بولدر (Boulder County District Attorney's Office)",
        ru: "Прокуратура округа Боулдер (Boulder County District Attorney's Office)",
      },
      channels: [
        { kind: 'call', display: '303-441-3700', href: 'tel:+13034413700' },
        { kind: 'web', display: 'bouldercounty.gov/district-attorney', href: 'https://bouldercounty.gov/district-attorney/' },
      ],
      verification: 'seed',
      source: "Phone: the county's page. Web address: bouldercounty.gov (V)",
      checked,
    },
    ncmecTheLost: {
      name: {
        en: 'National Center for Missing & Exploited Children (NCMEC)',
        es: 'Centro Nacional para Niños Desaparecidos y Explotados (NCMEC)',
        vi: 'Trung tâm Quốc gia về Trẻ em Mất tích và Bị bóc lột (National Center for Missing & Exploited Children – NCMEC)',
        'zh-Hans': '美国国家失踪与受剥削儿童中心（National Center for Missing & Exploited Children，NCMEC）',
        ar: 'المركز الوطني للأطفال المفقودين والمستغَلين (National Center for Missing & Exploited Children – NCMEC)',
        ru: 'Национальный центр по делам пропавших и эксплуатируемых детей (National Center for Missing & Exploited Children, NCMEC)',
      },
      channels: [{ kind: 'call', display: '1-800-843-5678', vanity: '1-800-THE-LOST', href: 'tel:+18008435678' }],
      verification: 'seed',
      source: "The county's page",
      checked,
    },
    cyberTipline: {
      name: {
        en: 'NCMEC CyberTipline',
        es: 'CyberTipline del NCMEC',
        vi: 'CyberTipline của NCMEC',
        'zh-Hans': 'NCMEC CyberTipline 举报平台',
        ar: 'خدمة CyberTipline التابعة لمركز NCMEC',
        ru: 'NCMEC CyberTipline',
      },
      channels: [
        { kind: 'web', display: 'report.cybertip.org', href: 'https://report.cybertip.org/' },
        { kind: 'call', display: '1-800-843-5678', href: 'tel:+18008435678' },
      ],
      verification: 'V',
      source: 'Web: report.cybertip.org/faqs (V). Phone: secondary source (S)',
      checked,
      confirmBeforeLaunch: 'The phone number was read in a secondary source only.',
    },
    coHotline: {
      name: {
        en: 'Colorado Human Trafficking Hotline',
        es: 'Línea de Colorado contra la Trata de Personas (Colorado Human Trafficking Hotline)',
        vi: 'Đường dây nóng về Buôn người của Colorado (Colorado Human Trafficking Hotline)',
        'zh-Hans': '科罗拉多州人口贩运热线（Colorado Human Trafficking Hotline）',
        ar: 'الخط الساخن لمكافحة الاتجار بالبشر في كولورادو (Colorado Human Trafficking Hotline)',
        ru: 'Горячая линия штата Колорадо по борьбе с торговлей людьми (Colorado Human Trafficking Hotline)',
      },
      channels: [
        { kind: 'call', display: '866-455-5075', href: 'tel:+18664555075' },
        { kind: 'text', display: '720-999-9724', href: 'sms:+17209999724' },
      ],
      verification: 'V',
      source: 'combathumantrafficking.org; thisishumantrafficking.com/faq',
      checked,
    },
    nationalHotline: {
      name: {
        en: 'National Human Trafficking Hotline',
        es: 'Línea Nacional contra la Trata de Personas (National Human Trafficking Hotline)',
        vi: 'Đường dây nóng Quốc gia về Buôn người (National Human Trafficking Hotline)',
        'zh-Hans': '美国全国人口贩运热线（National Human Trafficking Hotline）',
        ar: 'الخط الساخن الوطني لمكافحة الاتجار بالبشر (National Human Trafficking Hotline)',
        ru: 'Национальная горячая линия по борьбе с торговлей людьми (National Human Trafficking Hotline)',
      },
      channels: [
        { kind: 'call', display: '1-888-373-7888', href: 'tel:+18883737888' },
        { kind: 'text', display: '233733', href: 'sms:233733' },
        { kind: 'tty', display: '711', href: 'tel:711' },
        { kind: 'web', display: 'humantraffickinghotline.org', href: 'https://humantraffickinghotline.org/' },
      ],
      verification: 'V',
      // docs/README.md: read before the hotline's 2025 change of operator; re-check before launch.
      source: 'humantraffickinghotline.org, before its 2025 change of operator: re-check before launch',
      checked,
      confirmBeforeLaunch: 'Read before the hotline changed operator in 2025; never describe it as run by Polaris.',
    },
    blueSkyBridge: {
      name: { en: 'Blue Sky Bridge' },
      about: {
        en: "Boulder County's child advocacy center. If you are uncertain what to do, call them and they will guide you.",
        es: 'El centro de apoyo y defensa de menores del Condado de Boulder. Si no sabe qué hacer, llámelos y le orientarán.',
        vi: 'Trung tâm hỗ trợ và bênh vực trẻ em của Quận Boulder. Nếu quý vị không chắc nên làm gì, hãy gọi cho họ, họ sẽ hướng dẫn quý vị.',
        'zh-Hans': '博尔德县的儿童权益保护中心。如果您不确定该怎么做，可以打电话给他们，他们会为您提供指导。',
        ar: 'مركز دعم الأطفال ومناصرتهم في مقاطعة بولدر. إذا لم تكن متأكدًا مما تفعله، فاتصل بهم وسيرشدونك.',
        ru: 'Центр защиты интересов детей округа Боулдер. Если вы не знаете, что делать, позвоните туда, и вам подскажут.',
      },
      channels: [
        { kind: 'call', display: '303-444-1388', href: 'tel:+13034441388' },
        { kind: 'web', display: 'blueskybridge.org', href: 'https://blueskybridge.org/' },
      ],
      verification: 'V',
      source: 'blueskybridge.org/protect-a-child/',
      checked,
    },
    coChildAbuseHotline: {
      name: {
        en: 'Colorado Child Abuse and Neglect Hotline',
        es: 'Línea de Colorado contra el Abuso y la Negligencia Infantil (Colorado Child Abuse and Neglect Hotline)',
        vi: 'Đường dây nóng về Ngược đãi và Bỏ bê Trẻ em của Colorado (Colorado Child Abuse and Neglect Hotline)',
        'zh-Hans': '科罗拉多州虐待和忽视儿童举报热线（Colorado Child Abuse and Neglect Hotline）',
        ar: 'الخط الساخن للإبلاغ عن إساءة معاملة الأطفال وإهمالهم في كولورادو (Colorado Child Abuse and Neglect Hotline)',
        ru: 'Горячая линия штата Колорадо по вопросам жестокого обращения с детьми и оставления их без ухода (Colorado Child Abuse and Neglect Hotline)',
      },
      channels: [{ kind: 'call', display: '1-844-264-5437', vanity: '1-844-CO-4-KIDS', href: 'tel:+18442645437' }],
      verification: 'V',
      source: 'co4kids.org',
      checked,
    },
    sheriffNonEmergency: {
      name: {
        en: "Boulder County Sheriff's Office",
        es: 'Oficina del Sheriff del Condado de Boulder',
        vi: "Văn phòng Cảnh sát trưởng Quận Boulder (Boulder County Sheriff's Office)",
        'zh-Hans': "博尔德县警长办公室（Boulder County Sheriff's Office）",
        ar: "مكتب شريف (Sheriff) مقاطعة بولدر (Boulder County Sheriff's Office)",
        ru: "Офис шерифа округа Боулдер (Boulder County Sheriff's Office)",
      },
      about: {
        en: 'Unincorporated Boulder County. It also dispatches for Lyons, Nederland, Superior, Erie and Louisville.',
        es: 'Zonas no incorporadas del Condado de Boulder. También despacha las llamadas de Lyons, Nederland, Superior, Erie y Louisville.',
        vi: 'Các khu vực của Quận Boulder không thuộc thành phố nào. Văn phòng này cũng điều phối cuộc gọi (dispatch) cho Lyons, Nederland, Superior, Erie và Louisville.',
        'zh-Hans': '博尔德县内不属于任何市镇的地区。它还为莱昂斯（Lyons）、内德兰（Nederland）、苏必利尔（Superior）、伊利（Erie）和路易斯维尔（Louisville）提供调度服务。',
        ar: 'مناطق مقاطعة بولدر الواقعة خارج حدود المدن. ويتولى أيضًا توجيه البلاغات (dispatch) لكلٍّ من ليونز (Lyons)، ونيدرلاند (Nederland)، وسوبيريور (Superior)، وإيري (Erie)، ولويسفيل (Louisville).',
        ru: 'Территории округа Боулдер за пределами городов. Также ведёт диспетчерскую службу для Лайонса, Недерленда, Супириора, Эри и Луисвилла.',
      },
      channels: [{ kind: 'call', display: '303-441-4444', href: 'tel:+13034414444' }],
      verification: 'V',
      source: 'Daily Camera 2019; bouldercounty.gov sheriff page for the contract towns',
      checked,
    },
    boulderPoliceNonEmergency: {
      name: {
        en: 'Boulder Police Department',
        es: 'Departamento de Policía de Boulder',
        vi: 'Sở Cảnh sát Boulder (Boulder Police Department)',
        'zh-Hans': '博尔德市警察局（Boulder Police Department）',
        ar: 'شرطة مدينة بولدر (Boulder Police Department)',
        ru: 'Полиция Боулдера (Boulder Police Department)',
      },
      about: {
        en: 'City of Boulder.',
        es: 'Ciudad de Boulder.',
        vi: 'Thành phố Boulder.',
        'zh-Hans': '博尔德市。',
        ar: 'مدينة بولدر.',
        ru: 'Город Боулдер.',
      },
      channels: [{ kind: 'call', display: '303-441-3333', href: 'tel:+13034413333' }],
      verification: 'V',
      source: 'colorado.edu police statement, 2020',
      checked,
    },
    longmontPoliceNonEmergency: {
      name: {
        en: 'Longmont Police Department',
        es: 'Departamento de Policía de Longmont',
        vi: 'Sở Cảnh sát Longmont (Longmont Police Department)',
        'zh-Hans': '朗蒙特市警察局（Longmont Police Department）',
        ar: 'شرطة مدينة لونغمونت (Longmont Police Department)',
        ru: 'Полиция Лонгмонта (Longmont Police Department)',
      },
      about: {
        en: 'City of Longmont.',
        es: 'Ciudad de Longmont.',
        vi: 'Thành phố Longmont.',
        'zh-Hans': '朗蒙特市。',
        ar: 'مدينة لونغمونت.',
        ru: 'Город Лонгмонт.',
      },
      channels: [{ kind: 'call', display: '303-651-8501', href: 'tel:+13036518501' }],
      verification: 'S',
      source: '2018 public-safety message',
      checked,
    },
    cuPoliceNonEmergency: {
      name: {
        en: 'CU Boulder Police',
        es: 'Policía de CU Boulder',
        vi: 'Cảnh sát CU Boulder (CU Boulder Police)',
        'zh-Hans': '科罗拉多大学博尔德分校警察局（CU Boulder Police）',
        ar: 'شرطة جامعة كولورادو في بولدر (CU Boulder Police)',
        ru: 'Полиция CU Boulder (CU Boulder Police)',
      },
      about: {
        en: 'University of Colorado Boulder campus.',
        es: 'Campus de la Universidad de Colorado en Boulder.',
        vi: 'Khuôn viên Đại học Colorado Boulder.',
        'zh-Hans': '科罗拉多大学博尔德分校校园。',
        ar: 'الحرم الجامعي لجامعة كولورادو في بولدر.',
        ru: 'Кампус Колорадского университета в Боулдере (University of Colorado Boulder).',
      },
      channels: [{ kind: 'call', display: '303-492-6666', href: 'tel:+13034926666' }],
      verification: 'S',
      source: 'Transcribed security report',
      checked,
    },
  },
  localLines,
  // Which contacts each outcome shows (docs/README.md: how outcomes are built).
  outcomes: {
    call911Result: { primary: ['emergency'], secondary: ['daOffice', 'coHotline'], showsLocalLines: false },
    // NCMEC: report to law enforcement first, then call NCMEC, with the child's details at hand.
    missingChildResult: { primary: ['emergency', 'ncmecTheLost'], secondary: ['blueSkyBridge'], showsLocalLines: true },
    lawEnforcementResult: {
      primary: localLines,
      secondary: ['cyberTipline', 'blueSkyBridge', 'coChildAbuseHotline'],
      showsLocalLines: false,
    },
    // docs/README.md: someone who knows the child reports locally too; mandatory reporters call the state line.
    cyberTiplineResult: { primary: ['cyberTipline'], secondary: ['coChildAbuseHotline'], showsLocalLines: true },
    adultResult: { primary: ['daOffice'], secondary: ['coHotline', 'nationalHotline'], showsLocalLines: false },
  },
  aboutMe: { first: 'emergency', hotlines: ['coHotline', 'nationalHotline'] },
  // The learn page's organisations, in the order listed. Names the same in every language are
  // given once, in English.
  organizations: {
    polaris: {
      name: { en: 'Polaris Project' },
      about: {
        en: 'Works to combat human trafficking with resources, support and coordinated responses to help victims and prosecute traffickers.',
        es: 'Combate la trata de personas con recursos, apoyo y respuestas coordinadas para ayudar a las víctimas y llevar a los tratantes ante la justicia.',
        vi: 'Hoạt động chống nạn buôn người bằng các nguồn thông tin, sự hỗ trợ và những biện pháp ứng phó có phối hợp, nhằm giúp đỡ nạn nhân và truy tố kẻ buôn người.',
        'zh-Hans': '致力于打击人口贩运，提供资源、支持和协调一致的应对措施，帮助受害者并起诉贩运者。',
        ar: 'تعمل على مكافحة الاتجار بالبشر من خلال الموارد والدعم والاستجابة المنسَّقة، لمساعدة الضحايا وملاحقة المتاجرين قضائيًا.',
        ru: 'Борется с торговлей людьми: предоставляет ресурсы и поддержку и координирует действия, чтобы помогать жертвам и привлекать торговцев людьми к ответственности.',
      },
      display: 'polarisproject.org',
      href: 'https://polarisproject.org/',
      source: organizationSource,
      checked,
    },
    thisIsHumanTrafficking: {
      name: { en: 'This Is Human Trafficking' },
      about: {
        en: "The Colorado Human Trafficking Council's campaign to raise awareness, provide resources and support victims.",
        es: 'La campaña del Consejo de Colorado contra la Trata de Personas (Colorado Human Trafficking Council) para crear conciencia, ofrecer recursos y apoyar a las víctimas.',
        vi: 'Chiến dịch của Hội đồng về Buôn người Colorado (Colorado Human Trafficking Council) nhằm nâng cao nhận thức, cung cấp nguồn thông tin và hỗ trợ nạn nhân.',
        'zh-Hans': '科罗拉多州人口贩运委员会（Colorado Human Trafficking Council）发起的宣传活动，旨在提高公众意识、提供资源并支持受害者。',
        ar: 'حملة مجلس كولورادو لمكافحة الاتجار بالبشر (Colorado Human Trafficking Council) لنشر الوعي وتوفير الموارد ودعم الضحايا.',
        ru: 'Кампания Совета штата Колорадо по борьбе с торговлей людьми (Colorado Human Trafficking Council): информирует о проблеме, предоставляет ресурсы и поддерживает жертв.',
      },
      display: 'thisishumantrafficking.com',
      href: 'https://thisishumantrafficking.com/',
      source: organizationSource,
      checked,
    },
    laboratory: {
      name: {
        en: 'Laboratory to Combat Human Trafficking',
        es: 'Laboratorio para Combatir la Trata de Personas (Laboratory to Combat Human Trafficking)',
        vi: 'Phòng thí nghiệm Chống Buôn người (Laboratory to Combat Human Trafficking)',
        'zh-Hans': '打击人口贩运实验室（Laboratory to Combat Human Trafficking）',
        ar: 'مختبر مكافحة الاتجار بالبشر (Laboratory to Combat Human Trafficking)',
        ru: 'Лаборатория по борьбе с торговлей людьми (Laboratory to Combat Human Trafficking)',
      },
      about: {
        en: "A leader in Colorado's anti-trafficking movement: training, research, a statewide hotline, and future human rights leaders.",
        es: 'Líder del movimiento contra la trata de personas en Colorado: capacitación, investigación, una línea de ayuda estatal y formación de futuros líderes en derechos humanos.',
        vi: 'Một tổ chức đi đầu trong phong trào chống buôn người ở Colorado: đào tạo, nghiên cứu, một đường dây nóng toàn tiểu bang, và những nhà lãnh đạo nhân quyền tương lai.',
        'zh-Hans': '科罗拉多州反人口贩运运动的引领者：培训、研究、全州热线，以及培养未来的人权领袖。',
        ar: 'من الجهات الرائدة في حركة مكافحة الاتجار بالبشر في كولورادو: التدريب، والبحث، وخط ساخن على مستوى الولاية، وإعداد قادة المستقبل في مجال حقوق الإنسان.',
        ru: 'Одна из ведущих организаций движения против торговли людьми в Колорадо: обучение, исследования, горячая линия штата и подготовка будущих лидеров в области прав человека.',
      },
      display: 'combathumantrafficking.org',
      href: 'https://combathumantrafficking.org/',
      source: organizationSource,
      checked,
    },
    ncmec: {
      name: {
        en: 'National Center for Missing & Exploited Children',
        es: 'Centro Nacional para Niños Desaparecidos y Explotados (National Center for Missing & Exploited Children)',
        vi: 'Trung tâm Quốc gia về Trẻ em Mất tích và Bị bóc lột (National Center for Missing & Exploited Children)',
        'zh-Hans': '美国国家失踪与受剥削儿童中心（National Center for Missing & Exploited Children）',
        ar: 'المركز الوطني للأطفال المفقودين والمستغَلين (National Center for Missing & Exploited Children)',
        ru: 'Национальный центр по делам пропавших и эксплуатируемых детей (National Center for Missing & Exploited Children)',
      },
      about: {
        en: 'A non-profit organization that finds missing children, prevents child sexual exploitation and helps victims and their families.',
        es: 'Organización sin fines de lucro que localiza a menores desaparecidos, previene la explotación sexual infantil y ayuda a las víctimas y a sus familias.',
        vi: 'Một tổ chức phi lợi nhuận chuyên tìm kiếm trẻ em mất tích, ngăn chặn việc bóc lột tình dục trẻ em và giúp đỡ nạn nhân cùng gia đình các em.',
        'zh-Hans': '一家非营利组织，致力于寻找失踪儿童、预防儿童性剥削，并帮助受害者及其家人。',
        ar: 'منظمة غير ربحية تعمل على العثور على الأطفال المفقودين، ومنع الاستغلال الجنسي للأطفال، ومساعدة الضحايا وأسرهم.',
        ru: 'Некоммерческая организация, которая разыскивает пропавших детей, предотвращает сексуальную эксплуатацию детей и помогает жертвам и их семьям.',
      },
      display: 'missingkids.org',
      href: 'https://missingkids.org/',
      source: organizationSource,
      checked,
    },
    blueSkyBridge: {
      name: { en: 'Blue Sky Bridge' },
      about: {
        en: 'A center creating lasting, positive change in the lives of children affected by abuse in Boulder County.',
        es: 'Un centro que crea un cambio positivo y duradero en la vida de los menores afectados por el abuso en el Condado de Boulder.',
        vi: 'Một trung tâm tạo ra thay đổi tích cực và lâu dài trong cuộc sống của những trẻ em bị ngược đãi ở Quận Boulder.',
        'zh-Hans': '该中心致力于为博尔德县受虐待影响的儿童带来持久、积极的改变。',
        ar: 'مركز يُحدث تغييرًا إيجابيًا ودائمًا في حياة الأطفال الذين تأثروا بالإساءة في مقاطعة بولدر.',
        ru: 'Центр, который надолго меняет к лучшему жизнь детей в округе Боулдер, пострадавших от жестокого обращения.',
      },
      display: 'blueskybridge.org',
      href: 'https://blueskybridge.org/',
      source: organizationSource,
      checked,
    },
  },
  // Quoted by the county's page; shown in English in every language, as the law's own wording.
  law: {
    kind: 'law',
    citation: 'Colorado Revised Statutes, section 18-3-504',
    language: 'en',
    clauses: [
      '1(a) A person commits human trafficking for sexual servitude if the person knowingly sells, recruits, harbors, transports, transfers, isolates, entices, provides, receives, or obtains by any means another person for the purpose of coercing the person to engage in commercial sexual activity.',
      '(b)Human trafficking for sexual servitude is a class 3 felony.',
      '2 (a) A person commits human trafficking of a minor for sexual servitude if the person:',
      '(I) Knowingly sells, recruits, harbors, transports, transfers, isolates, entices, provides, receives, obtains by any means, maintains, or makes available a minor for the purpose of commercial sexual activity; or',
      '(II) Knowingly advertises, offers to sell, or sells travel services that facilitate an activity prohibited pursuant to subsection (2)(a)(I) of this section.',
      '(b) Human trafficking of a minor for sexual servitude is a class 2 felony.',
    ],
  },
  kiosk: { idleSeconds: 60, countdownSeconds: 30 },
};
