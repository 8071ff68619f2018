//! Sentence-splitting rules a news reader expects, one case per line:
//! `input | expected sentence | expected sentence ...`. The cases are our
//! own sentences, written to cover the phenomena that published splitter
//! test suites check (abbreviations, initials, numbers, quotes, ellipses,
//! URLs, e-mail addresses, lists written on one line, citation markers,
//! quotations of several sentences) and the marks and abbreviations of
//! other languages.
#![cfg(not(target_arch = "wasm32"))]

const CASES: &str = r#"
Where did you park? The car is outside.|Where did you park?|The car is outside.
We won! Nobody expected it.|We won!|Nobody expected it.
The author is Maria T. Lopez.|The author is Maria T. Lopez.
See p. 212 for the table.|See p. 212 for the table.
Did Sam and co. come to dinner?|Did Sam and co. come to dinner?
The bank merged with Hale, Dorr & Co. on Monday.|The bank merged with Hale, Dorr & Co. on Monday.
Ask Sam and co. They were there.|Ask Sam and co.|They were there.
The bank merged with Hale, Dorr & Co. It happened quietly.|The bank merged with Hale, Dorr & Co.|It happened quietly.
You can see Mt. Rainier on a clear day.|You can see Mt. Rainier on a clear day.
St. Anne's school is on Elm St. near the park.|St. Anne's school is on Elm St. near the park.
That was Martin Luther King Jr.'s speech.|That was Martin Luther King Jr.'s speech.
She toured the U.S.A. in 1999.|She toured the U.S.A. in 1999.
He works in the E.U. Where do you work?|He works in the E.U.|Where do you work?
Prices in the U.S. This is the story.|Prices in the U.S.|This is the story.
She advises the U.S. Treasury on debt.|She advises the U.S. Treasury on debt.
They have lived in the U.S. since 2004.|They have lived in the U.S. since 2004.
The ticket costs $45.50 at the door.|The ticket costs $45.50 at the door.
The ticket costs $45.50. It sold out.|The ticket costs $45.50.|It sold out.
She studied law (She had worked as a nurse for years.) at night school.|She studied law (She had worked as a nurse for years.) at night school.
Write to ana.ruiz@example.org. She answers quickly.|Write to ana.ruiz@example.org.|She answers quickly.
The report is at https://data.example.net/v2/report_2024.pdf. Read it first.|The report is at https://data.example.net/v2/report_2024.pdf.|Read it first.
He looked up, 'That was fast.' he muttered.|He looked up, 'That was fast.' he muttered.
He looked up, "That was fast." he muttered.|He looked up, "That was fast." he muttered.
He looked up, "That was fast." Then he left the room.|He looked up, "That was fast."|Then he left the room.
Stop!! You will fall.|Stop!!|You will fall.
Really?? I had no idea.|Really??|I had no idea.
Seriously!? That is the plan?|Seriously!?|That is the plan?
The form is No. 4471.2 in the archive. Ask the clerk.|The form is No. 4471.2 in the archive.|Ask the clerk.
I was going to ... well, you know...maybe . . . the point is . . . we forgot.|I was going to ... well, you know...maybe . . . the point is . . . we forgot.
It was a blast... I loved it.|It was a blast...|I loved it.
The old rule was weakened . . . by later laws. . . . Nobody noticed.|The old rule was weakened . . . by later laws. . . .|Nobody noticed.
The match finished 2-1. The crowd left.|The match finished 2-1.|The crowd left.
By 6 p.m. Pacific the count was done.|By 6 p.m. Pacific the count was done.
Gen. Mattis and Lt. Col. Ortiz spoke. Adm. Lee did not.|Gen. Mattis and Lt. Col. Ortiz spoke.|Adm. Lee did not.
The maker, Brill Ltd., expanded. Sales grew.|The maker, Brill Ltd., expanded.|Sales grew.
She was born Oct. 3, 1951, in Ala. She lives in Wash.|She was born Oct. 3, 1951, in Ala.|She lives in Wash.
The vote was 61 vs. 39 in the House.|The vote was 61 vs. 39 in the House.
Chen et al. measured it. Others disagreed.|Chen et al. measured it.|Others disagreed.
"Sit down," she said. "Please."|"Sit down," she said.|"Please."
Was it true?" he asked. "No."|Was it true?" he asked.|"No."
Version 3.2.1 shipped. It fixed the bug.|Version 3.2.1 shipped.|It fixed the bug.
Open notes.txt and main.rs. Then build.|Open notes.txt and main.rs.|Then build.
The rate hit 4.25%. Markets fell.|The rate hit 4.25%.|Markets fell.
Dr. Ruth Ames, Ph.D., spoke first. Mr. Bell spoke next.|Dr. Ruth Ames, Ph.D., spoke first.|Mr. Bell spoke next.
It happened at 7:30 a.m. on Tuesday. Nobody was hurt.|It happened at 7:30 a.m. on Tuesday.|Nobody was hurt.
"I won't," she said… "Not today."|"I won't," she said…|"Not today."
Sales rose in Q3. The CEO, Ms. Park, was pleased.|Sales rose in Q3.|The CEO, Ms. Park, was pleased.
It treats MS. Doctors approve.|It treats MS.|Doctors approve.
They met in Washington, D.C. The talks lasted hours.|They met in Washington, D.C.|The talks lasted hours.
The U.S.-China deal was signed. Both sides agreed.|The U.S.-China deal was signed.|Both sides agreed.
1.) Pack the tent 2.) Fill the water bottles 3.) Lock the car|1.) Pack the tent|2.) Fill the water bottles|3.) Lock the car
1) Check the oil 2) Check the tyres|1) Check the oil|2) Check the tyres
1. Wash the cups 2. Dry the cups 3. Stack them.|1. Wash the cups|2. Dry the cups|3. Stack them.
a. Red paint b. Blue paint c. Green paint|a. Red paint|b. Blue paint|c. Green paint
a) flour b) sugar|a) flour|b) sugar
• 7. Close the gate • 8. Lock the door|• 7. Close the gate|• 8. Lock the door
⁃3. Buy bread ⁃4. Buy milk|⁃3. Buy bread|⁃4. Buy milk
Rooms: • Kitchen • Hall|Rooms:|• Kitchen|• Hall
He scored 2 goals in 1. half and 1 in the second.|He scored 2 goals in 1. half and 1 in the second.
The office closed at 5 P.M. Mrs. Green then drove home.|The office closed at 5 P.M.|Mrs. Green then drove home.
At 7 a.m. Dr. Osei opened the clinic.|At 7 a.m. Dr. Osei opened the clinic.
The shuttle leaves at 9 p.m. Friday from the east gate.|The shuttle leaves at 9 p.m. Friday from the east gate.
He thought . . . I should wait here.|He thought . . . I should wait here.
The minutes end there. . . . Next came the vote.|The minutes end there. . . .|Next came the vote.
They waited.... Nobody came.|They waited....|Nobody came.
The memo said "rates [...] will rise [...]" (Lee 12). It was wrong.|The memo said "rates [...] will rise [...]" (Lee 12).|It was wrong.
She wrote that "the river [...] Then floods came" in spring.|She wrote that "the river [...] Then floods came" in spring.
The bridge opened in 1932.[4] Traffic doubled within a year.|The bridge opened in 1932.[4]|Traffic doubled within a year.
It was later renamed.[citation needed] The old name stuck.|It was later renamed.[citation needed]|The old name stuck.
The tax was repealed.[7][8] Prices fell.|The tax was repealed.[7][8]|Prices fell.
The tower is 300 m tall.² Its base is square.|The tower is 300 m tall.²|Its base is square.
The U.S.[2] government agreed.|The U.S.[2] government agreed.
“We are ready. The boats are loaded.” The captain waved.|“We are ready.|The boats are loaded.”|The captain waved.
The sign read "Closed. " Everyone went home.|The sign read "Closed. "|Everyone went home.
The price fell to 3,50 euros. The index hit 1.000.000 points.|The price fell to 3,50 euros.|The index hit 1.000.000 points.
"#;

/// Cases in other languages: `lang|input|expected|...`. The code is passed
/// to `sentences_in`; `auto` cases hold without a language.
const LANG_CASES: &str = r#"
auto|Berlin, 12. März 2024 – Ein neues Gesetz tritt in Kraft.|Berlin, 12. März 2024 – Ein neues Gesetz tritt in Kraft.
de|Berlin, 12. März 2024 – Ein neues Gesetz tritt in Kraft.|Berlin, 12. März 2024 – Ein neues Gesetz tritt in Kraft.
de|Der 1. FC Köln spielt in der 1. Bundesliga. Am 3. Oktober ist Feiertag.|Der 1. FC Köln spielt in der 1. Bundesliga.|Am 3. Oktober ist Feiertag.
de|Im 16. Jahrhundert wuchs die Stadt. Die Zahl stieg auf 12. Die Kommission war zufrieden.|Im 16. Jahrhundert wuchs die Stadt.|Die Zahl stieg auf 12.|Die Kommission war zufrieden.
de|Das gilt z. B. für Ärzte wie Dr. med. Weber. Sie arbeiten u.a. nachts bzw. am Wochenende.|Das gilt z. B. für Ärzte wie Dr. med. Weber.|Sie arbeiten u.a. nachts bzw. am Wochenende.
de|Er sagte: „Wir kommen morgen.“ Dann ging er.|Er sagte: „Wir kommen morgen.“|Dann ging er.
de|Die Stadt wurde um 500 v. Chr. gegründet. Sie lag am Fluss, ca. 3 km vom Meer.|Die Stadt wurde um 500 v. Chr. gegründet.|Sie lag am Fluss, ca. 3 km vom Meer.
fr|M. Dupont et Mme Leroy sont arrivés. Ils ont parlé.|M. Dupont et Mme Leroy sont arrivés.|Ils ont parlé.
fr|Il a dit : « Nous partons demain. » Puis il est sorti.|Il a dit : « Nous partons demain. »|Puis il est sorti.
fr|La ville existait au IVe siècle av. J.-C. Les fouilles le montrent.|La ville existait au IVe siècle av. J.-C.|Les fouilles le montrent.
es|El Sr. Gómez habló con Uds. ayer. La reunión terminó.|El Sr. Gómez habló con Uds. ayer.|La reunión terminó.
es|La Sra. Ruiz vive en EE. UU. desde 2001. Su hermano no.|La Sra. Ruiz vive en EE. UU. desde 2001.|Su hermano no.
it|Il Sig. Rossi è arrivato con il Dott. Bianchi. La riunione è finita.|Il Sig. Rossi è arrivato con il Dott. Bianchi.|La riunione è finita.
pt|O Sr. Silva chegou com a Dra. Costa. A reunião acabou.|O Sr. Silva chegou com a Dra. Costa.|A reunião acabou.
nl|Hij kocht bijv. brood bij dhr. Jansen. De winkel was daarna dicht.|Hij kocht bijv. brood bij dhr. Jansen.|De winkel was daarna dicht.
ru|Он родился в 1990 г. в Москве, т. е. в столице. Потом он уехал.|Он родился в 1990 г. в Москве, т. е. в столице.|Потом он уехал.
ru|Город основан в 1147 г. В нём живут миллионы.|Город основан в 1147 г.|В нём живут миллионы.
bg|Това стана през 2010 г. Той беше там.|Това стана през 2010 г.|Той беше там.
pl|Przyjechał m.in. prof. Nowak. Było zimno.|Przyjechał m.in. prof. Nowak.|Było zimno.
da|Den 5. juni er grundlovsdag. Han kom f.eks. i går.|Den 5. juni er grundlovsdag.|Han kom f.eks. i går.
sk|Ing. Novák prišiel tzv. zadným vchodom. Potom odišiel.|Ing. Novák prišiel tzv. zadným vchodom.|Potom odišiel.
kk|Ол 1991 ж. туған. Бұл маңызды.|Ол 1991 ж. туған.|Бұл маңызды.
el|Πού είναι ο σταθμός; Είναι κοντά.|Πού είναι ο σταθμός;|Είναι κοντά.
auto|Πού είναι ο σταθμός; Είναι κοντά.|Πού είναι ο σταθμός;|Είναι κοντά.
auto|Bring water; Tom brings bread.|Bring water; Tom brings bread.
el|Ήρθε ο κ. Παπαδόπουλος. Η συνάντηση άρχισε.|Ήρθε ο κ. Παπαδόπουλος.|Η συνάντηση άρχισε.
zh|他来了。「你好！」我们走吧？好的。|他来了。|「你好！」|我们走吧？|好的。
auto|他说：“会议结束了。”我们就回家了。|他说：“会议结束了。”|我们就回家了。
auto|他来了。"你好"她说。|他来了。|"你好"她说。
auto|他来了。“你好”她说。|他来了。|“你好”她说。
ja|今日は雨です。明日は晴れるでしょう！|今日は雨です。|明日は晴れるでしょう！
hi|यह मेरा घर है। वह स्कूल जाता है।|यह मेरा घर है।|वह स्कूल जाता है।
mr|डॉ. पाटील आले. ते शाळेत गेले.|डॉ. पाटील आले.|ते शाळेत गेले.
ar|هل أنت بخير؟ نعم، شكرا.|هل أنت بخير؟|نعم، شكرا.
fa|او کجاست؟ او در خانه است.|او کجاست؟|او در خانه است.
ur|یہ کتاب ہے۔ وہ قلم ہے۔|یہ کتاب ہے۔|وہ قلم ہے۔
hy|Սա տուն է։ Նա գնաց։|Սա տուն է։|Նա գնաց։
auto|Սա տուն է: Նա գնաց:|Սա տուն է:|Նա գնաց:
am|ይህ ቤት ነው። እሱ ሄደ።|ይህ ቤት ነው።|እሱ ሄደ።
my|ဒါ အိမ် ဖြစ်တယ်။ သူ သွားတယ်။|ဒါ အိမ် ဖြစ်တယ်။|သူ သွားတယ်။
"#;

#[test]
fn sentence_rules_in_other_languages() {
    let mut failures = Vec::new();
    for line in LANG_CASES.lines().filter(|l| !l.trim().is_empty()) {
        let mut parts = line.split('|');
        let lang = parts.next().unwrap_or_default();
        let input = parts.next().unwrap_or_default();
        let expected: Vec<&str> = parts.collect();
        let got: Vec<&str> = lede::sentences_in(input, lang).collect();
        if got != expected {
            failures.push(format!(
                "[{lang}] {input}\n  expected {expected:?}\n  got      {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn sentence_rules() {
    let mut failures = Vec::new();
    for line in CASES.lines().filter(|l| !l.trim().is_empty()) {
        let mut parts = line.split('|');
        let input = parts.next().unwrap_or_default();
        let expected: Vec<&str> = parts.collect();
        let got: Vec<&str> = lede::sentences(input).collect();
        if got != expected {
            failures.push(format!(
                "{input}\n  expected {expected:?}\n  got      {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
