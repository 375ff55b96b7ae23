// Japanese first, English second. Texts of the page carry data-i18n keys; the choice is kept per browser.
const TEXT = {
  ja: {
    brand: '協働ネットワーク', signout: 'サインアウト', lang: 'English',
    'signin.title': 'サインイン', 'signin.lead': 'センターとロールを選んでサインインしてください（デモ用サインイン）。',
    'signin.centre': 'センター', 'signin.role': 'ロール', 'signin.submit': 'サインイン',
    'signin.disabled': 'デモ用サインインは無効です。組織の認証基盤（OIDC）で発行されたトークンでご利用ください。',
    'nav.consultations': '総合相談', 'nav.hq': '市全体の集計',
    'consultations.title': '総合相談', 'consultations.new': '新規相談',
    'filter.status': '状態', 'filter.fiscalYear': '年度', 'filter.any': 'すべて',
    'col.receivedOn': '受付日', 'col.channel': '経路', 'col.requesterKind': '相談者の種別', 'col.topic': '分野',
    'col.summary': '概要', 'col.status': '状態', 'col.requesterName': '相談者名', 'col.requesterContact': '連絡先',
    'col.outcome': '結果', 'col.closedOn': '終了日', 'col.note': 'メモ', 'col.updated': '最終更新',
    'pager.prev': '← 前へ', 'pager.next': '次へ →',
    'editor.new': '相談を記録する', 'editor.edit': '相談を修正する', 'editor.save': '保存', 'editor.cancel': 'キャンセル',
    'editor.pii': '相談者名と連絡先は個人情報です。このセンターの中だけで扱われ、閲覧は記録されます。',
    'detail.title': '相談の詳細', 'detail.edit': '修正', 'detail.close': '終了する', 'detail.back': '一覧に戻る',
    'detail.confirmClose': '終了を記録',
    'hq.title': '市全体の相談件数', 'hq.lead': '各センターの件数のみを表示します（個人情報は含みません）。',
    'hq.centre': 'センター', 'hq.received': '受付', 'hq.open': '対応中', 'hq.activity': 'うち活動相談', 'hq.facility': '施設利用・問い合わせ', 'hq.closed': '終了', 'hq.total': '合計',
    'list.empty': '該当する相談はありません', 'list.total': (n) => `${n}件`,
    'page.info': (p, n) => `${p} / ${n} ページ`,
    'error.stale': '他の人が先に更新しました。最新の内容を表示しました。',
    'nav.audit': '閲覧記録', 'col.track': '区分', 'col.stage': '団体の段階', 'col.assignee': '担当',
    'col.assigneeName': '担当者名', 'col.assigneeSubject': '担当者ID（サインインID）', 'col.experts': '専門家・実践者',
    'col.cityDivisions': '連携した行政部署', 'col.nextActionOn': '次の対応日', 'col.nextAction': '次の対応',
    'col.writtenOn': '記録日', 'col.firstResponseAt': '初回対応', 'value.none': '—',
    'filter.mine': '自分の担当', 'filter.overdue': '期限切れのみ', 'filter.q': 'キーワード',
    overdue: '期限切れ', 'overdue.count': (n) => `期限切れ ${n}件`,
    'act.hearing': '初期ヒアリングを記録', 'act.assign': '担当者を割り当てる', 'act.work': '対応を開始',
    'act.followUp': '継続フォローにする', 'act.card': '関わりカードを書く', 'detail.timeline': '経過（タイムライン）',
    'step.RECEIVED': '受付', 'step.REVISED': '受付内容の修正', 'step.INITIAL_HEARING': '初期ヒアリング',
    'step.ASSIGNED': '担当者の割り当て', 'step.WORK_STARTED': '対応開始', 'step.FOLLOW_UP': '継続フォロー',
    'step.CASE_CARD': '関わりカード', 'step.CLOSED': '終了',
    'audit.title': '閲覧・変更の記録', 'audit.lead': 'このセンターで個人情報を閲覧した人、記録を変更した人の一覧です（新しい順）。',
    'audit.when': '日時', 'audit.who': '利用者', 'audit.action': '操作', 'audit.record': '対象',
    'audit.READ_PERSONAL_DATA': '個人情報の閲覧', 'audit.CREATE': '作成', 'audit.UPDATE': '更新', 'audit.CLOSE': '終了',
    'audit.DELETE': '削除', 'record.consultation': '相談',
    'nav.referrals': 'センター間の紹介', 'act.refer': '他センターへ紹介', 'step.REFERRED': '他センターへ紹介',
    'referrals.title': 'センター間の紹介', 'referrals.box': '表示', 'referrals.incoming': '受け取った紹介',
    'referrals.outgoing': '送った紹介', 'referrals.empty': '該当する紹介はありません',
    'referral.title': '紹介の詳細', 'referral.from': '紹介元', 'referral.to': '紹介先', 'referral.sentAt': '送付日時',
    'referral.counterpart': '相手のセンター', 'referral.summary': '紹介先に伝える概要',
    'referral.consent': '相談者が紹介先への氏名・連絡先の提供に同意している',
    'referral.consentNote': '同意がない場合、紹介先には氏名・連絡先は渡りません。', 'referral.send': '紹介を送る',
    'referral.contact': '相談者の氏名・連絡先', 'referral.noConsent': '同意なし（紹介元で管理）',
    'referral.answeredAt': '回答', 'referral.reason': '辞退の理由', 'referral.accept': '受け入れる',
    'referral.decline': '辞退する', 'referral.withdraw': '取り下げる', 'referral.openLinked': '受け入れた相談を開く',
    'referral.openSource': '元の相談を開く', 'referral.confirmDecline': '辞退を送る',
    'referral.ofConsultation': 'この相談の紹介', 'referral.receivedVia': '他センターからの紹介で受け付けた相談です（紹介を開く）',
    'record.referral': '紹介',
    'csv.export': 'CSV出力（年度）', 'csv.import': 'kintone CSV 取り込み',
    'csv.importLead': 'kintone から書き出した相談の CSV を取り込みます。1行でも誤りがあれば何も取り込まず、誤りを行ごとに表示します。同じ行を二度取り込むことはありません。',
    'csv.file': 'ファイル', 'csv.charset': '文字コード', 'csv.confirmImport': '取り込む', 'csv.noFile': 'ファイルを選んでください',
    'csv.imported': (n, skipped, ignored) => `${n}件を取り込みました（取り込み済みのため省略: ${skipped}件）${ignored.length ? `。使わなかった列: ${ignored.join('、')}` : ''}`,
    'nav.organisations': '団体登録', 'org.title': '団体登録', 'org.new': '新規申請', 'org.edit': '団体情報を修正する',
    'org.field': '活動分野', 'org.dueOnly': '更新対象のみ', 'org.name': '団体名', 'org.legalForm': '団体の種類',
    'org.number': '登録番号', 'org.expiresOn': '有効期限', 'org.renewalYear': '更新の年度', 'org.representative': '代表者',
    'org.ward': '活動地域（区）', 'org.foundedOn': '設立日', 'org.appliedOn': '申請日',
    'org.mailingConsent': 'センターからの情報提供（メール等）に同意',
    'org.pii': '代表者と連絡先は個人情報です。このセンターの中だけで扱われ、閲覧は記録されます。',
    'org.hearing': '登録ヒアリングを記録', 'org.register': '登録する', 'org.refuse': '登録不可にする', 'org.renew': '更新する',
    'org.lapse': '失効にする', 'org.collaboration': '協働の取組・希望', 'org.seeds': '種（強み・資源）', 'org.issues': '課題',
    'org.requirementsLead': '登録要件の確認', 'org.registeredOn': '登録日', 'org.refusalReason': '登録不可の理由',
    'org.due': '更新対象', 'org.empty': '該当する団体はありません', yes: 'はい', no: 'いいえ',
    'org.renewalReport': (due, renewed, lapsed, pending, rate) => `更新対象 ${due}件（更新 ${renewed}・失効 ${lapsed}・未処理 ${pending}）更新率 ${rate}`,
    'public.link': '部屋の空き状況（ログイン不要）', 'public.title': '部屋の空き状況', 'public.date': '日付',
    'public.live': '数秒ごとに自動で更新されます', 'public.legend': '○ 空き　× 予約済み（予約者名は表示しません）',
    'public.searchTitle': '空いている部屋をさがす（全センター）', 'public.from': '開始', 'public.to': '終了', 'public.headcount': '人数',
    'public.search': 'さがす', 'public.closed': '休館', 'public.capacity': (n) => `定員${n}人`, 'public.noSpaces': '予約できる部屋はありません',
    'public.noneFree': '条件に合う空き部屋はありません',
    'nav.bookings': '貸館・予約', 'bk.title': '貸館・予約', 'bk.hint': '空いている枠（○）を押すと予約を入力できます。',
    'bk.new': '予約を入力', 'bk.space': '部屋・機材', 'bk.bookerKind': '利用者の区分', 'bk.organisation': '登録団体',
    'bk.bookerName': '利用者（部署・事業名）', 'bk.purpose': '目的', 'bk.start': '開始', 'bk.end': '終了', 'bk.headcount': '人数',
    'bk.equipment': '一緒に借りる機材', 'bk.repeat': '繰り返し', 'bk.repeatNone': 'なし', 'bk.weekly': '毎週', 'bk.monthly': '毎月',
    'bk.occurrences': '回数', 'bk.save': '予約する', 'bk.list': 'この日の予約', 'bk.empty': 'この日の予約はありません',
    'bk.approve': '承認', 'bk.decline': 'お断り', 'bk.cancel': '取消', 'bk.checkIn': '利用票を渡す', 'bk.complete': '利用完了',
    'bk.declineReason': 'お断りの理由', 'bk.made': (n, skipped) => `${n}件を予約しました${skipped ? `（予約できなかった日: ${skipped}）` : ''}`,
    'bk.spaces': '部屋・機材の設定', 'bk.addSpace': '部屋・機材を追加', 'bk.kind': '種別', 'bk.capacity': '定員',
    'bk.openingHours': '開館時間（例 MON=09:00-21:00;TUE=...）', 'bk.slotMinutes': '予約単位（分）', 'bk.eligible': '予約できる利用者',
    'bk.maxHours': '1団体1日の上限時間', 'bk.daysAhead': '何日先まで予約できるか', 'bk.approval': 'スタッフの承認が必要',
    'bk.usage': '利用状況（月）', 'bk.editSpace': '部屋・機材の設定を変更', 'bk.active': '予約を受け付ける', 'bk.inactive': '（停止中）', 'bk.usageLine': (r) => `${r.spaceName}: 予約 ${r.bookedHours}時間 / 開館 ${r.openHours}時間（稼働率 ${r.utilisation == null ? '—' : Math.round(r.utilisation * 1000) / 10 + '%'}）延べ ${r.headcount}人・お断り ${r.declined}件・取消 ${r.cancelled}件`,
    'nav.programmes': '講座・イベント', 'pg.title': '講座・イベント', 'pg.name': '事業名', 'pg.kind': '種類', 'pg.sessions': '回数',
    'pg.registered': '参加登録', 'pg.new': '事業を企画する', 'pg.audience': '対象', 'pg.coOrganisers': '共催・協力',
    'pg.plannedSessions': '予定回数', 'pg.description': '内容', 'pg.create': '企画を登録', 'pg.advance': '次の段階へ',
    'pg.publicPage': '公開ページ（申込）', 'pg.session': '回', 'pg.place': '会場', 'pg.capacity': '定員', 'pg.waiting': 'キャンセル待ち',
    'pg.addSession': '回を追加', 'pg.sessionTitle': 'タイトル', 'pg.placeNote': '会場メモ・URL', 'pg.lecturer': '講師', 'pg.present': '出席',
    'pg.surveyLink': 'アンケートのリンク', 'pg.survey': 'アンケート', 'pg.saveAttendance': '出席を保存',
    'pg.registerSomeone': '申込を受け付ける（窓口・電話）', 'pg.consent': '今後の講座・イベントの案内を受け取る（協働関心層への登録）',
    'pg.register': '申込を登録', 'pg.participantBase': '協働関心層（参加者）', 'pg.showParticipants': '表示する',
    'pg.participantNote': '出席し、案内の受け取りに同意した人だけを表示します（閲覧は記録されます）。', 'pg.attendedCount': '出席回数',
    'pg.lastAttended': '最終参加日', 'pg.empty': 'この年度の事業はありません', 'pg.comments': 'ご意見', 'pg.placesLeft': '残り',
    'pg.figures': (p, s, n, d, sat, u) => `事業 ${p}件・${s}回・延べ参加 ${n}人（実人数 ${d}人）・満足度 ${sat}・理解が深まった人 ${u}`,
    'pg.results': (n, sat, u, m) => `アンケート ${n}件・満足度 ${sat}・理解が深まった ${u}・意欲が高まった ${m}`,
    'pp.apply': '申し込む', 'pp.privacy': '氏名と連絡先は主催センターだけが扱います。', 'pp.submit': '申し込む',
    'pp.closed': '現在、申込は受け付けていません。', 'pp.left': (n) => `残り${n}席`, 'pp.full': (n) => `満席（キャンセル待ち${n}人）`,
    'pp.registered': '参加を受け付けました。', 'pp.waiting': (n) => `満席のためキャンセル待ち（${n}番目）で受け付けました。空きが出ると繰り上がります。`,
    'pp.surveyLater': '終了後のアンケートはこちらのリンクから回答できます（このリンクは保存してください）:',
    'sv.title': 'アンケート', 'sv.satisfaction': '満足度（5 とても満足 〜 1 不満）', 'sv.understanding': '理解が深まった',
    'sv.motivation': '活動への意欲が高まった', 'sv.comment': 'ご意見・ご感想', 'sv.submit': '回答する', 'sv.thanks': 'ご回答ありがとうございました。',
    fy: (y) => `${y}年度（${japaneseFiscalYear(y)}）`,
  },
  en: {
    brand: 'Kyodo Network', signout: 'Sign out', lang: '日本語',
    'signin.title': 'Sign in', 'signin.lead': 'Pick a centre and a role to sign in (demo sign-in).',
    'signin.centre': 'Centre', 'signin.role': 'Role', 'signin.submit': 'Sign in',
    'signin.disabled': 'The demo sign-in is off. Use a token from your organisation\'s identity provider (OIDC).',
    'nav.consultations': 'Consultations', 'nav.hq': 'City-wide figures',
    'consultations.title': 'Consultations', 'consultations.new': 'New consultation',
    'filter.status': 'Status', 'filter.fiscalYear': 'Fiscal year', 'filter.any': 'Any',
    'col.receivedOn': 'Received', 'col.channel': 'Channel', 'col.requesterKind': 'Requester', 'col.topic': 'Topic',
    'col.summary': 'Summary', 'col.status': 'Status', 'col.requesterName': 'Requester name',
    'col.requesterContact': 'Contact', 'col.outcome': 'Outcome', 'col.closedOn': 'Closed on', 'col.note': 'Note',
    'col.updated': 'Last update',
    'pager.prev': '← Previous', 'pager.next': 'Next →',
    'editor.new': 'Record a consultation', 'editor.edit': 'Correct the consultation', 'editor.save': 'Save',
    'editor.cancel': 'Cancel',
    'editor.pii': 'Requester name and contact are personal data: they stay in this centre and every read is logged.',
    'detail.title': 'Consultation', 'detail.edit': 'Correct', 'detail.close': 'Close', 'detail.back': 'Back to list',
    'detail.confirmClose': 'Record closing',
    'hq.title': 'Consultations across the city', 'hq.lead': 'Counts per centre only (no personal data).',
    'hq.centre': 'Centre', 'hq.received': 'Received', 'hq.open': 'Open', 'hq.activity': 'Activity consultations', 'hq.facility': 'Facility inquiries', 'hq.closed': 'Closed', 'hq.total': 'Total',
    'list.empty': 'No consultations', 'list.total': (n) => `${n} in all`,
    'page.info': (p, n) => `page ${p} of ${n}`,
    'error.stale': 'Someone else changed this first; the latest version is shown.',
    'nav.audit': 'Audit log', 'col.track': 'Track', 'col.stage': 'Organisation stage', 'col.assignee': 'Assignee',
    'col.assigneeName': 'Assignee name', 'col.assigneeSubject': 'Assignee ID (sign-in ID)', 'col.experts': 'Experts, practitioners',
    'col.cityDivisions': 'City divisions linked', 'col.nextActionOn': 'Next action on', 'col.nextAction': 'Next action',
    'col.writtenOn': 'Written on', 'col.firstResponseAt': 'First response', 'value.none': '—',
    'filter.mine': 'Mine', 'filter.overdue': 'Overdue only', 'filter.q': 'Keywords',
    overdue: 'overdue', 'overdue.count': (n) => `${n} overdue`,
    'act.hearing': 'Record initial hearing', 'act.assign': 'Assign', 'act.work': 'Start work',
    'act.followUp': 'Continue as follow-up', 'act.card': 'Write a case card', 'detail.timeline': 'Timeline',
    'step.RECEIVED': 'Received', 'step.REVISED': 'Intake corrected', 'step.INITIAL_HEARING': 'Initial hearing',
    'step.ASSIGNED': 'Assigned', 'step.WORK_STARTED': 'Work started', 'step.FOLLOW_UP': 'Follow-up',
    'step.CASE_CARD': 'Case card', 'step.CLOSED': 'Closed',
    'audit.title': 'Audit log', 'audit.lead': 'Who read personal data or changed records in this centre (newest first).',
    'audit.when': 'When', 'audit.who': 'User', 'audit.action': 'Action', 'audit.record': 'Record',
    'audit.READ_PERSONAL_DATA': 'Read personal data', 'audit.CREATE': 'Created', 'audit.UPDATE': 'Updated', 'audit.CLOSE': 'Closed',
    'audit.DELETE': 'Deleted', 'record.consultation': 'Consultation',
    'nav.referrals': 'Referrals', 'act.refer': 'Refer to another centre', 'step.REFERRED': 'Referred to another centre',
    'referrals.title': 'Referrals between centres', 'referrals.box': 'Show', 'referrals.incoming': 'Received',
    'referrals.outgoing': 'Sent', 'referrals.empty': 'No referrals',
    'referral.title': 'Referral', 'referral.from': 'From', 'referral.to': 'To', 'referral.sentAt': 'Sent',
    'referral.counterpart': 'Other centre', 'referral.summary': 'Summary for the receiving centre',
    'referral.consent': 'The requester agreed that the receiving centre gets their name and contact',
    'referral.consentNote': 'Without consent the receiving centre gets no name or contact.', 'referral.send': 'Send referral',
    'referral.contact': 'Requester name and contact', 'referral.noConsent': 'No consent (kept by the sending centre)',
    'referral.answeredAt': 'Answered', 'referral.reason': 'Reason for declining', 'referral.accept': 'Accept',
    'referral.decline': 'Decline', 'referral.withdraw': 'Withdraw', 'referral.openLinked': 'Open the accepted consultation',
    'referral.openSource': 'Open the original consultation', 'referral.confirmDecline': 'Send decline',
    'referral.ofConsultation': 'Referrals of this consultation', 'referral.receivedVia': 'Received through a referral from another centre (open it)',
    'record.referral': 'Referral',
    'csv.export': 'CSV export (fiscal year)', 'csv.import': 'Import kintone CSV',
    'csv.importLead': 'Imports consultations exported from kintone as CSV. One bad row refuses the whole file, with every problem listed by line. A row is never imported twice.',
    'csv.file': 'File', 'csv.charset': 'Character set', 'csv.confirmImport': 'Import', 'csv.noFile': 'Choose a file',
    'csv.imported': (n, skipped, ignored) => `${n} imported (${skipped} skipped as imported before)${ignored.length ? `; columns not used: ${ignored.join(', ')}` : ''}`,
    'nav.organisations': 'Organisations', 'org.title': 'Registered organisations', 'org.new': 'New application',
    'org.edit': 'Correct the organisation', 'org.field': 'Activity field', 'org.dueOnly': 'Renewal due only', 'org.name': 'Name',
    'org.legalForm': 'Legal form', 'org.number': 'Registration no.', 'org.expiresOn': 'Valid until', 'org.renewalYear': 'Renewals in',
    'org.representative': 'Representative', 'org.ward': 'Area (ward)', 'org.foundedOn': 'Founded', 'org.appliedOn': 'Applied on',
    'org.mailingConsent': 'Agrees to receive the centre\'s information (e-mail etc.)',
    'org.pii': 'Representative and contact are personal data: they stay in this centre and every read is logged.',
    'org.hearing': 'Record the registration hearing', 'org.register': 'Register', 'org.refuse': 'Refuse', 'org.renew': 'Renew',
    'org.lapse': 'Mark as lapsed', 'org.collaboration': 'Collaboration wishes', 'org.seeds': 'Seeds (strengths, resources)',
    'org.issues': 'Issues', 'org.requirementsLead': 'Registration requirements', 'org.registeredOn': 'Registered on',
    'org.refusalReason': 'Reason for refusal', 'org.due': 'renewal due', 'org.empty': 'No organisations', yes: 'Yes', no: 'No',
    'org.renewalReport': (due, renewed, lapsed, pending, rate) => `${due} due (renewed ${renewed}, lapsed ${lapsed}, pending ${pending}); renewal rate ${rate}`,
    'public.link': 'Room availability (no sign-in)', 'public.title': 'Room availability', 'public.date': 'Date',
    'public.live': 'Refreshes itself every few seconds', 'public.legend': '○ free  × booked (bookers are not shown)',
    'public.searchTitle': 'Find a free room (all centres)', 'public.from': 'From', 'public.to': 'To', 'public.headcount': 'People',
    'public.search': 'Search', 'public.closed': 'Closed', 'public.capacity': (n) => `${n} seats`, 'public.noSpaces': 'No bookable rooms',
    'public.noneFree': 'No free room matches',
    'nav.bookings': 'Spaces & bookings', 'bk.title': 'Spaces & bookings', 'bk.hint': 'Press a free unit (○) to enter a booking.',
    'bk.new': 'Enter a booking', 'bk.space': 'Room / equipment', 'bk.bookerKind': 'Booker', 'bk.organisation': 'Registered organisation',
    'bk.bookerName': 'User (division or event)', 'bk.purpose': 'Purpose', 'bk.start': 'Start', 'bk.end': 'End', 'bk.headcount': 'People',
    'bk.equipment': 'Equipment with it', 'bk.repeat': 'Repeat', 'bk.repeatNone': 'None', 'bk.weekly': 'Weekly', 'bk.monthly': 'Monthly',
    'bk.occurrences': 'Times', 'bk.save': 'Book', 'bk.list': 'Bookings of the day', 'bk.empty': 'No bookings this day',
    'bk.approve': 'Approve', 'bk.decline': 'Decline', 'bk.cancel': 'Cancel', 'bk.checkIn': 'Hand over usage slip', 'bk.complete': 'Completed',
    'bk.declineReason': 'Reason for declining', 'bk.made': (n, skipped) => `${n} booked${skipped ? ` (not booked: ${skipped})` : ''}`,
    'bk.spaces': 'Rooms and equipment', 'bk.addSpace': 'Add a room or item', 'bk.kind': 'Kind', 'bk.capacity': 'Capacity',
    'bk.openingHours': 'Opening hours (e.g. MON=09:00-21:00;TUE=...)', 'bk.slotMinutes': 'Unit (minutes)', 'bk.eligible': 'Who may book',
    'bk.maxHours': 'Max hours per organisation per day', 'bk.daysAhead': 'Bookable days ahead', 'bk.approval': 'Staff approval required',
    'bk.usage': 'Use (month)', 'bk.editSpace': 'Change the room or item', 'bk.active': 'Taking bookings', 'bk.inactive': '(out of use)', 'bk.usageLine': (r) => `${r.spaceName}: booked ${r.bookedHours} h of ${r.openHours} h open (utilisation ${r.utilisation == null ? '—' : Math.round(r.utilisation * 1000) / 10 + '%'}), ${r.headcount} people, ${r.declined} declined, ${r.cancelled} cancelled`,
    'nav.programmes': 'Courses & events', 'pg.title': 'Courses and events', 'pg.name': 'Programme', 'pg.kind': 'Kind', 'pg.sessions': 'Sessions',
    'pg.registered': 'Registered', 'pg.new': 'Plan a programme', 'pg.audience': 'Audience', 'pg.coOrganisers': 'Co-organisers',
    'pg.plannedSessions': 'Planned sessions', 'pg.description': 'Description', 'pg.create': 'Create', 'pg.advance': 'Next stage',
    'pg.publicPage': 'Public page (registration)', 'pg.session': 'Session', 'pg.place': 'Place', 'pg.capacity': 'Places', 'pg.waiting': 'Waiting',
    'pg.addSession': 'Add a session', 'pg.sessionTitle': 'Title', 'pg.placeNote': 'Place note / URL', 'pg.lecturer': 'Lecturer', 'pg.present': 'Present',
    'pg.surveyLink': 'Survey link', 'pg.survey': 'Survey', 'pg.saveAttendance': 'Save attendance',
    'pg.registerSomeone': 'Register someone (counter, phone)', 'pg.consent': 'Wants news of future courses and events (participant base)',
    'pg.register': 'Register', 'pg.participantBase': 'Participant base', 'pg.showParticipants': 'Show',
    'pg.participantNote': 'Only people who attended and agreed to be kept in touch (the read is logged).', 'pg.attendedCount': 'Sessions attended',
    'pg.lastAttended': 'Last attended', 'pg.empty': 'No programmes this fiscal year', 'pg.comments': 'Comments', 'pg.placesLeft': 'Left',
    'pg.figures': (p, s, n, d, sat, u) => `${p} programmes, ${s} sessions, ${n} participations (${d} people), satisfaction ${sat}, understanding improved ${u}`,
    'pg.results': (n, sat, u, m) => `${n} survey answers, satisfaction ${sat}, understanding improved ${u}, motivation improved ${m}`,
    'pp.apply': 'Register', 'pp.privacy': 'Only the organising centre handles your name and contact.', 'pp.submit': 'Register',
    'pp.closed': 'Registration is not open now.', 'pp.left': (n) => `${n} places left`, 'pp.full': (n) => `Full (${n} waiting)`,
    'pp.registered': 'You are registered.', 'pp.waiting': (n) => `The session is full: you are number ${n} on the waiting list and move up when a place frees.`,
    'pp.surveyLater': 'Answer the survey after the session with this link (keep it):',
    'sv.title': 'Survey', 'sv.satisfaction': 'Satisfaction (5 very satisfied to 1 unsatisfied)', 'sv.understanding': 'My understanding improved',
    'sv.motivation': 'My motivation improved', 'sv.comment': 'Comments', 'sv.submit': 'Answer', 'sv.thanks': 'Thank you for answering.',
    fy: (y) => `FY${y} (${japaneseFiscalYear(y)})`,
  },
};

export function lang() {
  return localStorage.getItem('kyodo.lang') === 'en' ? 'en' : 'ja';
}

export function t(key, ...args) {
  const text = TEXT[lang()][key] ?? TEXT.ja[key] ?? key;
  return typeof text === 'function' ? text(...args) : text;
}

/** Label of a vocabulary item ({value, ja, en}) in the current language. */
export function label(item) {
  return item ? (lang() === 'en' ? item.en : item.ja) : '';
}

export function applyTexts(root = document) {
  document.documentElement.lang = lang();
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  const toggle = document.getElementById('lang-toggle');
  if (toggle) toggle.textContent = t('lang');
}

export function installLanguageToggle(onChange) {
  document.getElementById('lang-toggle').addEventListener('click', () => {
    localStorage.setItem('kyodo.lang', lang() === 'en' ? 'ja' : 'en');
    applyTexts();
    onChange?.();
  });
  applyTexts();
}

/** 令和8年度 for FY2026. */
export function japaneseFiscalYear(year) {
  if (year >= 2019) return year === 2019 ? '令和元年度' : `令和${year - 2018}年度`;
  return year === 1989 ? '平成元年度' : `平成${year - 1988}年度`;
}

/** 2026-11-20 shown with its 和暦 date: 2026-11-20（令和8年11月20日）. */
export function formatDate(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  const wareki = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric' })
    .format(new Date(Date.UTC(y, m - 1, d, 12)));
  return `${iso}（${wareki}）`;
}
