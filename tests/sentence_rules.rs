//! Sentence-splitting rules a news reader expects, one case per line:
//! `input | expected sentence | expected sentence ...`. The cases are our
//! own sentences, written to cover the phenomena that published splitter
//! test suites check (abbreviations, initials, numbers, quotes, ellipses,
//! URLs, e-mail addresses, lists).
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
"#;

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
