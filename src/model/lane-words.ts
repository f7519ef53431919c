// The words people write on journey maps, per lane kind, map kind, header
// section and tag, in the languages Miro's users work in (EN, ES, PT, FR, DE,
// IT, NL, PL, JA, ZH simplified and traditional, KO). Data only: the matching
// (normalising case, width, accents, punctuation, emoji, plurals, and the
// words "customer"/"user") lives in lane-kinds.ts and header-words.ts. A
// word is listed once in its plain form; plural "-s" and "customer …" come free.

/** Lane names per lane kind (the canonical English name first). */
export const LANE_WORDS = {
  touchpoints: [
    'touchpoints', 'touchpoint', 'touch points', 'touchpoints and channels', 'actions', 'action', 'steps', 'step', 'doing', 'does',
    'activities', 'activity', 'interactions', 'interaction', 'tasks', 'what they do', 'behaviour', 'behavior',
    'acciones', 'acción', 'pasos', 'paso', 'puntos de contacto', 'punto de contacto', 'actividades', 'interacciones', 'haciendo', 'qué hace',
    'ações', 'ação', 'etapas do cliente', 'pontos de contato', 'ponto de contato', 'atividades', 'interações', 'fazendo', 'o que faz',
    'points de contact', 'point de contact', 'étapes', 'activités', 'interactions client', 'ce qu il fait', 'fait',
    'aktionen', 'aktion', 'handlungen', 'schritte', 'berührungspunkte', 'kontaktpunkte', 'aktivitäten', 'tut', 'was er tut', 'kundenaktionen',
    'azioni', 'azione', 'passi', 'punti di contatto', 'punto di contatto', 'attività', 'interazioni', 'cosa fa',
    'acties', 'actie', 'stappen', 'contactmomenten', 'touchpoints klant', 'activiteiten', 'doet', 'klantacties',
    'działania', 'działanie', 'kroki', 'punkty styku', 'punkt styku', 'aktywności', 'interakcje', 'co robi',
    'アクション', 'タスク', '行動', '行為', 'タッチポイント', '接点', '顧客接点', 'ステップ', '活動', 'やること', 'すること',
    '行为', '用户行为', '触点', '接触点', '步骤', '活动', '互动', '做什么',
    '行為', '用戶行為', '觸點', '接觸點', '步驟', '活動', '互動',
    '행동', '액션', '터치포인트', '접점', '고객 접점', '단계', '활동', '상호작용', '하는 일',
  ],
  thoughts: [
    'thoughts', 'thought', 'thinking', 'thinks', 'thoughts and feelings', 'thinking and feeling', 'what they think',
    'pensamientos', 'pensamiento', 'pensando', 'piensa', 'pensamientos y sentimientos', 'dudas',
    'pensamentos', 'pensamento', 'pensando', 'pensa', 'pensamentos e sentimentos',
    'pensées', 'pensée', 'réflexions', 'pense', 'pensées et sentiments',
    'gedanken', 'denken', 'denkt', 'gedanken und gefühle', 'fragen',
    'pensieri', 'pensiero', 'pensa', 'pensieri ed emozioni',
    'gedachten', 'gedachte', 'denkt', 'gedachten en gevoelens',
    'myśli', 'myśl', 'myśli', 'myśli i uczucia', 'co myśli',
    '思考', '考え', '考えていること', '思考と感情', '気持ち',
    '想法', '思考', '用户想法', '想法和感受', '想法與感受', '心声', '心聲',
    '생각', '생각과 감정', '고객의 생각',
  ],
  emotions: [
    'emotions', 'emotion', 'emotional journey', 'emotion curve', 'emotional curve', 'feelings', 'feeling', 'feels', 'mood', 'sentiment', 'experience', 'emotional state',
    'emociones', 'emoción', 'sentimientos', 'sentimiento', 'curva emocional', 'experiencia',
    'emoções', 'emoção', 'sentimentos', 'sentimento', 'curva emocional', 'experiência',
    'émotions', 'émotion', 'sentiments', 'sentiment', 'ressenti', 'courbe émotionnelle',
    'emotionen', 'gefühle', 'gefühl', 'stimmung', 'emotionale kurve', 'erlebnis',
    'emozioni', 'emozione', 'sentimenti', 'curva emotiva',
    'emoties', 'emotie', 'gevoelens', 'gevoel', 'emotiecurve',
    'emocje', 'emocja', 'uczucia', 'uczucie', 'krzywa emocji',
    '感情', '気分', '感情曲線', 'エモーション', '感じていること',
    '情绪', '情感', '感受', '情绪曲线', '情緒', '感受', '情緒曲線',
    '감정', '감정 곡선', '기분', '느낌',
  ],
  'pain-points': [
    'pain points', 'pain point', 'pains', 'pain', 'frustrations', 'frustration', 'problems', 'issues', 'barriers', 'challenges', 'friction',
    'puntos de dolor', 'punto de dolor', 'dolores', 'frustraciones', 'problemas', 'fricciones', 'barreras',
    'pontos de dor', 'ponto de dor', 'dores', 'frustrações', 'problemas', 'dificuldades',
    'points de douleur', 'points de friction', 'douleurs', 'frustrations', 'problèmes', 'irritants',
    'schmerzpunkte', 'schmerzpunkt', 'probleme', 'frustrationen', 'hürden', 'pain points und probleme',
    'punti di dolore', 'punti critici', 'frustrazioni', 'problemi', 'criticità',
    'pijnpunten', 'pijnpunt', 'knelpunten', 'frustraties', 'problemen',
    'problemy', 'bolączki', 'punkty bólu', 'frustracje', 'trudności',
    'ペインポイント', 'ペイン', '課題', '不満', '困りごと', '問題点', '悩み',
    '痛点', '问题', '挫折', '不满', '問題', '不滿',
    '페인 포인트', '페인포인트', '불편함', '문제점', '불만',
  ],
  opportunities: [
    'opportunities', 'opportunity', 'ideas', 'idea', 'improvements', 'improvement', 'unmet needs', 'how might we', 'hmw', 'gains', 'solutions', 'recommendations', 'next steps',
    'oportunidades', 'oportunidad', 'ideas', 'mejoras', 'mejora', 'soluciones', 'cómo podríamos',
    'oportunidades', 'oportunidade', 'ideias', 'ideia', 'melhorias', 'melhoria', 'soluções', 'como poderíamos',
    'opportunités', 'opportunité', 'idées', 'idée', 'améliorations', 'amélioration', 'pistes', 'comment pourrions nous',
    'chancen', 'chance', 'möglichkeiten', 'ideen', 'idee', 'verbesserungen', 'verbesserung', 'lösungen', 'wie könnten wir',
    'opportunità', 'idee', 'miglioramenti', 'miglioramento', 'soluzioni', 'come potremmo',
    'kansen', 'kans', 'ideeën', 'verbeteringen', 'verbetering', 'oplossingen', 'hoe zouden we',
    'możliwości', 'szanse', 'pomysły', 'pomysł', 'usprawnienia', 'ulepszenia', 'rozwiązania',
    '機会', 'アイデア', '改善', '改善案', '改善点', '解決策', 'チャンス',
    '机会', '机遇', '想法点子', '改进', '改进机会', '改善建议', '解决方案', '機會', '改進', '改進機會', '解決方案',
    '기회', '아이디어', '개선', '개선점', '개선 기회', '해결책',
  ],
  frontstage: [
    'frontstage', 'front stage', 'frontstage actions', 'frontstage interactions', 'onstage', 'on stage', 'employee actions', 'visible actions', 'front office', 'line of interaction',
    'acciones visibles', 'primer plano', 'front office', 'ações visíveis', 'linha de frente',
    'avant scène', 'actions visibles', 'vorderbühne', 'sichtbare aktionen', 'ribalta', 'azioni visibili', 'voorkant', 'zichtbare acties', 'działania widoczne',
    'フロントステージ', '表舞台', 'フロント', '前台', '前台行为', '前台行為', '프런트스테이지', '프론트스테이지', '전면',
  ],
  backstage: [
    'backstage', 'back stage', 'backstage actions', 'behind the scenes', 'invisible actions', 'back office', 'line of visibility',
    'tras bastidores', 'trasfondo', 'bastidores', 'acciones invisibles', 'bastidores', 'ações invisíveis', 'coulisses', 'arrière scène', 'actions invisibles',
    'hinterbühne', 'unsichtbare aktionen', 'dietro le quinte', 'retroscena', 'azioni invisibili', 'achterkant', 'achter de schermen', 'za kulisami', 'zaplecze',
    'バックステージ', '舞台裏', 'バック', '后台', '后台行为', '後台', '後台行為', '백스테이지', '후면',
  ],
  support: [
    'support processes', 'support process', 'support', 'supporting processes', 'systems', 'support systems', 'technology', 'tools', 'processes', 'line of internal interaction',
    'procesos de soporte', 'procesos de apoyo', 'soporte', 'sistemas', 'processos de suporte', 'processos de apoio', 'suporte',
    'processus de support', 'processus support', 'systèmes', 'unterstützungsprozesse', 'unterstützende prozesse', 'systeme',
    'processi di supporto', 'sistemi', 'ondersteunende processen', 'systemen', 'procesy wspierające', 'systemy',
    'サポートプロセス', '支援プロセス', 'システム', '支持流程', '支持过程', '支持過程', '系统', '系統', '지원 프로세스', '시스템',
  ],
} as const;

/** Map kinds as people name them on a frame title or header line. */
export const JOURNEY_KIND_WORDS = {
  'service-blueprint': ['service blueprint', 'blueprint', 'plano de servicio', 'blueprint de servicio', 'blueprint de serviço', 'plan de service', 'service blueprinting', 'servicio blueprint', 'サービスブループリント', '服务蓝图', '服務藍圖', '서비스 블루프린트'],
  'day-in-the-life': ['day in the life', 'a day in the life', 'un día en la vida', 'um dia na vida', 'une journée dans la vie', 'ein tag im leben', 'una giornata', 'een dag uit het leven', 'dzień z życia', 'ある一日', '一天的生活', '日常的一天'],
  'future-state': ['future state', 'estado futuro', 'état futur', 'zukünftiger zustand', 'soll zustand', 'stato futuro', 'toekomstige situatie', 'stan docelowy', '将来', 'あるべき姿', '未来状态', '未來狀態', '미래 상태'],
  'current-state': ['current state', 'estado actual', 'estado atual', 'état actuel', 'ist zustand', 'aktueller zustand', 'stato attuale', 'huidige situatie', 'stan obecny', '現状', '现状', '現狀', '현재 상태'],
} as const;

/** Header section labels ("Persona:", "Goals:"…). */
export const HEADER_WORDS = {
  persona: ['persona', 'personas', 'personaje', 'personagem', 'personnage', 'ペルソナ', '用户画像', '用戶畫像', '人物画像', '人物角色', '페르소나', 'profil'],
  goals: ['goals', 'goal', 'needs', 'metas', 'meta', 'necesidades', 'necessidades', 'buts', 'but', 'besoins', 'ziele', 'ziel', 'bedürfnisse', 'obiettivi', 'bisogni', 'doelen', 'doel', 'behoeften', 'cele', 'cel', 'potrzeby', 'ゴール', '目標', 'ニーズ', '目标', '需求', '목표', '니즈'],
  motivations: ['motivations', 'motivation', 'motivaciones', 'motivación', 'motivações', 'motivação', 'motivationen', 'motivazioni', 'motivatie', 'motivaties', 'motywacje', 'motywacja', '動機', 'モチベーション', '动机', '동기'],
  frustrations: ['frustrations', 'frustration', 'pains', 'pain points', 'challenges', '課題', 'frustraciones', 'frustrações', 'frustrationen', 'frustrazioni', 'frustraties', 'frustracje', '不満', 'フラストレーション', '痛点', '不满', '不滿', '불만'],
  objectives: ['objectives', 'objective', 'objetivos', 'objetivo', 'objectifs', 'objectif', 'zielsetzung', 'zielsetzungen', 'obiettivi della mappa', 'doelstellingen', 'cele mapy', '目的', 'オブジェクティブ', '目的与目标', '地图目标', '地圖目標', '목적'],
  review: ['review', 'last reviewed', 'reviewed', 'map', 'revisión', 'revisado', 'revisão', 'revisto', 'revue', 'révisé', 'überprüfung', 'überprüft', 'revisione', 'rivisto', 'herziening', 'przegląd', 'レビュー', '見直し', '评审', '復盤', '复盘', '審查', '검토'],
} as const;

/** Tag title prefixes ("channel: email") and the moment-of-truth tag. */
export const TAG_WORDS = {
  channel: ['channel', 'channels', 'canal', 'canales', 'canais', 'kanal', 'kanäle', 'canale', 'kanaal', 'チャネル', 'チャンネル', '渠道', '通路', '채널'],
  owner: ['owner', 'owners', 'team', 'responsable', 'dueño', 'dono', 'responsável', 'propriétaire', 'verantwortlich', 'zuständig', 'proprietario', 'eigenaar', 'właściciel', '担当', '担当者', 'オーナー', '负责人', '負責人', '담당', '담당자'],
  evidence: ['evidence', 'source', 'evidencia', 'evidência', 'fuente', 'fonte', 'preuve', 'preuves', 'source', 'beleg', 'nachweis', 'evidenz', 'quelle', 'evidenza', 'bewijs', 'bron', 'dowód', 'źródło', '根拠', 'エビデンス', '证据', '證據', '근거'],
  momentOfTruth: ['moment of truth', 'mot', 'momento de la verdad', 'momento da verdade', 'moment de vérité', 'moment der wahrheit', 'momento della verità', 'moment van de waarheid', 'moment prawdy', '真実の瞬間', '关键时刻', '關鍵時刻', '진실의 순간'],
} as const;

/** Words around a lane name that do not change its kind: "Customer steps", "Acciones del cliente", "顧客の行動". */
export const FILLER_WORDS = [
  'customer', 'customers', 'user', 'users', 'client', 'clients', 'guest', 'patient', 'visitor', 'buyer', 'the', 'of', 'our', 'key', 'main',
  'cliente', 'clientes', 'usuario', 'usuarios', 'usuário', 'usuários', 'del', 'de', 'do', 'da', 'los', 'las', 'la', 'el', 'o', 'os', 'as',
  'utilisateur', 'utilisateurs', 'du', 'des', 'le', 'les', 'kunde', 'kunden', 'nutzer', 'nutzers', 'der', 'die', 'das', 'des',
  'utente', 'utenti', 'dell', 'della', 'il', 'klant', 'klanten', 'gebruiker', 'van', 'het', 'klienta', 'klient', 'użytkownika', 'użytkownik',
  'and', 'y', 'e', 'et', 'und', 'en', 'i', 'or', 'o',
] as const;

/** Prefixes people put before a CJK lane name: 顧客の, ユーザーの, 用户, 고객. */
export const CJK_FILLER_PREFIXES = ['顧客の', 'お客様の', 'ユーザーの', '利用者の', '顧客', 'ユーザー', '用户的', '用户', '用戶的', '用戶', '客户的', '客户', '客戶的', '客戶', '顾客', '顧客', '고객의', '고객', '사용자의', '사용자'] as const;

/** Review cadences as written on a review line (matched as word stems, biannual before annual: "halbjährlich"). */
export const CADENCE_WORDS = {
  quarterly: ['trimestral', 'trimestralmente', 'vierteljährlich', 'quartalsweise', 'trimestriel', 'trimestrale', 'driemaandelijks', 'per kwartaal', 'kwartalnie', '四半期', '季度', '每季', '분기'],
  biannual: ['semestral', 'semestralmente', 'halbjährlich', 'semestriel', 'semestrale', 'halfjaarlijks', 'półrocznie', '半年', '每半年', '반기'],
  annual: ['anual', 'anualmente', 'jährlich', 'annuel', 'annuale', 'jaarlijks', 'rocznie', '毎年', '年次', '每年', '年度', '매년', '연간'],
} as const;
