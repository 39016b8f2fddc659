/**
 * English: the Measures screens (PHQ-9, GAD-7, the BAM), their safety help, trends and the Today line.
 * The questionnaires' own wording is not here: see domain/measures/instruments.ts.
 */
export const measures = {
  'measures.title': 'Measures',
  'measures.intro':
    'Short questionnaires many counselors use. Your answers stay on this phone. A score is something to talk about with your counselor, never a diagnosis.',
  'measures.phq9.about': 'Mood over the last 2 weeks',
  'measures.gad7.about': 'Worry and anxiety over the last 2 weeks',
  'measures.start': 'Start {name}',
  'measures.notTaken': 'Not taken yet.',
  'measures.last': 'Last time, {date}: {result}.',
  'measures.dueNow': 'Suggested now, when you have a quiet moment.',
  'measures.nextOn': 'Suggested again around {date}.',
  'measures.firstOn': 'Suggested around {date}: one at a time, so it is never too much at once.',
  'measures.later':
    'Suggested later: one at a time, a few days apart, so it is never too much at once.',
  'measures.rhythm': 'Suggest {name}',
  'measures.rhythm.7': 'Every week',
  'measures.rhythm.14': 'Every 2 weeks',
  'measures.rhythm.28': 'Every 4 weeks',
  'measures.rhythm.0': 'Never (I will start it myself)',
  'measures.rhythm.saved': 'Saved.',
  'measures.history': 'Earlier results',
  'measures.answers': 'Answers',
  'measures.edit': 'Edit answers from {date}',
  'measures.total': 'Total {total}',
  'measures.totalOf': '(out of {max})',
  'measures.incomplete': 'Not finished: {count} unanswered, so no total',
  'measures.missing': 'Unanswered: {items}.',
  'measures.band.minimal': 'Minimal',
  'measures.band.mild': 'Mild',
  'measures.band.moderate': 'Moderate',
  'measures.band.moderatelySevere': 'Moderately severe',
  'measures.band.severe': 'Severe',
  'measures.form.progress': '{answered} of {total} answered',
  'measures.form.date': 'Day these answers are about',
  'measures.form.date.future': 'Pick today or an earlier day.',
  'measures.form.date.invalid': 'Enter a date.',
  'measures.form.none': 'Answer at least one question to save.',
  'measures.form.submit': 'See my score',
  'measures.form.saving': 'Saving…',
  'measures.form.saveFailed':
    'Your answers could not be saved: {message}. They are still here; try again.',
  'measures.form.stopNote':
    'You can stop at any time: your answers are kept on this phone until you finish.',
  'measures.form.draftBack': 'Your answers from before are back. Go on where you stopped.',
  'measures.form.startOver': 'Start over',
  'measures.form.editing': 'Editing your answers from {date}.',
  'measures.form.missingNote':
    'Some questions are unanswered ({items}). You can still save: there will be no total until all are answered.',
  'measures.result.title': 'Your result',
  'measures.result.notDiagnosis':
    'This is a starting point for a talk with your counselor, not a diagnosis.',
  'measures.result.band.minimal': 'Few or no problems of this kind in the last 2 weeks.',
  'measures.result.band.mild': 'Some of these problems on some days.',
  'measures.result.band.moderate':
    'These problems come up often. Worth talking about with your counselor.',
  'measures.result.band.moderatelySevere':
    'These problems come up a lot. Please talk about this with your counselor soon.',
  'measures.result.band.severe':
    'These problems are weighing on you heavily. Please talk with your counselor soon; you do not have to wait for your next session.',
  'measures.result.change.meaningful':
    '{points} points {direction} than on {date}: a meaningful change to talk about.',
  'measures.result.change': '{points} points {direction} than on {date}.',
  'measures.result.same': 'The same as on {date}.',
  'measures.result.lower': 'lower',
  'measures.result.higher': 'higher',
  'measures.result.incomplete':
    'Saved. {count} unanswered, so there is no total: a missing answer is never counted as 0.',
  'measures.result.finish': 'Finish answering',
  'measures.result.back': 'Back to Measures',
  'measures.safety.title': 'Help is here, right now',
  'measures.safety.alert':
    'You said you have had thoughts that you would be better off dead or of hurting yourself. You do not have to face this alone.',
  'measures.safety.private':
    'Your answers stay on this phone: no one at your center sees them unless you show them. Please tell someone now.',
  'measures.safety.body':
    'Call or text 988 any time, day or night, call your center, or call someone you trust. If you are in danger right now, call 911.',
  'measures.safety.center': 'Call {program}',
  'measures.safety.plan': 'Open my plan',
  'measures.trend.title': '{name} over time',
  'measures.trend.summary': '{name} totals from {from} to {to}: from {first} to {last}.',
  'measures.trend.date': 'Date',
  'measures.trend.total': 'Total',
  'measures.trend.band': 'Range',
  'measures.trend.change': 'Change',
  'measures.trend.meaningful': 'meaningful change',
  'measures.trend.bands': 'Ranges: {bands}.',
  'measures.progress.intro': 'Short questionnaires to bring to your counselor.',
  'measures.progress.open': 'Open Measures',
  'measures.progress.bamBelow': 'Your {name} results are just below, in “{title}”.',
  'measures.due.text': {
    one: '{names} is suggested today, when you have a quiet moment.',
    other: '{names} are suggested today, when you have a quiet moment.',
  },
  'measures.due.open': 'Measures',
  'measures.due.notNow': 'Not today',
  'measures.credit.label': 'About this questionnaire',
  'measures.difficulty.note': 'Not counted in the score.',
  'measures.difficulty.result':
    'How difficult these problems have made things (question 10, not scored):',
  'measures.difficulty.unanswered': 'unanswered',
  // "In English" is said in Spanish only (es/measures.ts): in the English app it goes without saying.
  'measures.bam.about': 'Alcohol and drug use, risks and supports over the past 7 days',
  'measures.bam.intro':
    'The weekly Brief Addiction Monitor of the U.S. Department of Veterans Affairs, made for programs like yours. It asks about the past 7 days.',
  'measures.bam.englishOnly.title': 'This questionnaire exists only in English',
  'measures.bam.englishOnly.body':
    'There is no version in Spanish. You may take it in English or skip it. Your counselor can go through it with you.',
  'measures.bam.takeInEnglish': 'Take it in English',
  'measures.bam.skip': 'Skip it',
  'measures.bam.item7': 'Question 7, parts A to G',
  'measures.bam.submit': 'See my results',
  'measures.bam.result.title': 'Your results',
  'measures.bam.group.use': 'Use',
  'measures.bam.group.risk': 'Risk factors',
  'measures.bam.group.protective': 'Protective factors',
  'measures.bam.means.use':
    'Days of drinking, heavy drinking and drug use in the past 7 days (questions 4, 5 and 6).',
  'measures.bam.means.risk':
    'Things that can make using more likely: physical health, sleep, hard feelings, cravings, risky people and places, and arguments with family or friends (questions 1, 2, 3, 8, 11 and 15).',
  'measures.bam.means.protective':
    'Things that support recovery: confidence, self-help meetings, spirituality, work or school, enough income, and supportive people (questions 9, 10, 12, 13, 14 and 16).',
  'measures.bam.direction.higher':
    'A higher number here is worth talking about with your counselor.',
  'measures.bam.direction.lower': 'A lower number here is worth talking about with your counselor.',
  'measures.bam.score': '{score} out of {max}',
  'measures.bam.noScore': {
    one: 'No score: question {items} is unanswered.',
    other: 'No score: questions {items} are unanswered.',
  },
  'measures.bam.noScoreShort': 'no score',
  'measures.bam.noTotal': 'The BAM has no total: each group is read on its own.',
  'measures.bam.item8': 'Cravings (question 8)',
  'measures.bam.item9': 'Confidence (question 9)',
  'measures.bam.notDiagnosis':
    'These numbers are a way to start a talk with your counselor. They are not a diagnosis and not a judgment.',
  'measures.bam.unfinished': {
    one: 'Saved. 1 question is unanswered: a missing answer is never counted as 0.',
    other: 'Saved. {count} questions are unanswered: a missing answer is never counted as 0.',
  },
  'measures.bam.use.title': 'Thank you for being honest',
  'measures.bam.use.body':
    'You said you drank or used on at least one day. A slip is part of many recoveries. It does not undo your progress, and your days in treatment stay as they are.',
  'measures.bam.use.offer': 'If you want, you can record it as a slip. You do not have to.',
  'measures.bam.use.record': 'Record a slip',
  'measures.bam.use.date': 'Date of the slip',
  'measures.bam.use.save': 'Save the slip',
  'measures.bam.use.cancel': 'Cancel',
  'measures.bam.use.dateError': 'Pick a day in the 7 days these answers are about, up to today.',
  'measures.bam.use.saved':
    'Recorded. Your days in treatment stay as they are. Consider telling your counselor or someone you trust.',
  'measures.bam.use.failed': 'The slip could not be saved: {message}. Try again.',
  'measures.bam.use.plan': 'Open my plan',
  'measures.bam.trend.summary':
    'The three BAM groups on each day you took it, from {from} to {to}.',
  'measures.bam.trend.reading':
    'Higher Use and Risk factors, and lower Protective factors, are worth talking about with your counselor. Each group is read on its own: the BAM has no total.',
  'measures.bam.form.missingNote':
    'Some questions are unanswered ({items}). You can still save: a group with an unanswered question has no score.',
  'measures.bam.trend.items': 'Cravings and confidence over time',
  'measures.bam.trend.itemsSummary':
    'Question 8 (cravings) and question 9 (confidence), from 0 ({lowest}) to 4 ({highest}), from {from} to {to}.',
} as const;
