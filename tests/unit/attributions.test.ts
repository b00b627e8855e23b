import { describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';
import { newsCorpus } from '../../scripts/corpus';

// Each row: real news text, then its attributions as [speaker, type, content].
type Row = [string, Array<[string, string, string]>];

const find = (text: string) => extractClaims(text).attributions.map((a) => [a.speaker, a.type, a.content]);

describe('attributions', () => {
  test.each<Row>([
    // reported speech, cue after the source
    [
      'Officials in Ukraine’s capital said Thursday that Russia attacked the region with about a dozen aerial drones overnight.',
      [['Officials in Ukraine’s capital', 'indirect', 'Russia attacked the region with about a dozen aerial drones overnight.']],
    ],
    [
      'In the Mykolaiv region in southern Ukraine, Governor Vitalii Kim said on Telegram the military shot down three Russian drones.',
      [['Vitalii Kim', 'indirect', 'the military shot down three Russian drones.']],
    ],
    // reported speech, cue after the content
    [
      'North Korea could not make an appreciable difference, said researcher Olena Guseinova in a new study for the Friedrich Naumann Foundation last week.',
      [['Olena Guseinova', 'indirect', 'North Korea could not make an appreciable difference']],
    ],
    [
      'After nearly 20 years of hostile relations, the American government plans to reverse its policy, Obama administration officials said.',
      [
        [
          'Obama administration officials',
          'indirect',
          'After nearly 20 years of hostile relations, the American government plans to reverse its policy',
        ],
      ],
    ],
    // direct quotes: cue after, cue before, split, continued in the next sentence
    [
      '“We are actively consulting within the Alliance on this matter,” NATO spokesperson Farah Dakhlallah said, adding, “If these troops are destined to fight in Ukraine, it would mark a significant escalation.”',
      [
        ['Farah Dakhlallah', 'direct', 'We are actively consulting within the Alliance on this matter,'],
        [
          'Farah Dakhlallah',
          'direct',
          'If these troops are destined to fight in Ukraine, it would mark a significant escalation.',
        ],
      ],
    ],
    [
      'Asked on Tuesday if he supported Ukraine attacking the North Koreans, US President Joe Biden said: “If they cross into Ukraine, yes.”',
      [['Joe Biden', 'direct', 'If they cross into Ukraine, yes.']],
    ],
    [
      '“If North Korea can intervene in the war in Europe, then the pressure on this regime is definitely not strong enough,” Zelenskyy said. “And if Russia is still able to expand this war, it means everyone is helping Putin.”',
      [
        [
          'Zelenskyy',
          'direct',
          'If North Korea can intervene in the war in Europe, then the pressure on this regime is definitely not strong enough,',
        ],
        ['Zelenskyy', 'direct', 'And if Russia is still able to expand this war, it means everyone is helping Putin.'],
      ],
    ],
    [
      '"One of my strengths is I have a pretty even temperament," he said, "and I don\'t get too high when it\'s high."',
      [
        ['he', 'direct', 'One of my strengths is I have a pretty even temperament,'],
        ['he', 'direct', "and I don't get too high when it's high."],
      ],
    ],
    // straight and curly marks mixed, as pasted copy has them
    [
      '"If we see DPRK troops moving in and towards the front lines, they are co-belligerents in the war,” she warned.',
      [['she', 'direct', 'If we see DPRK troops moving in and towards the front lines, they are co-belligerents in the war,']],
    ],
    // a parenthetical cue
    [
      'Then, he said, the North Korean troops were dispatched to multiple military training sites in eastern Russia.',
      [['he', 'indirect', 'the North Korean troops were dispatched to multiple military training sites in eastern Russia.']],
    ],
    // several cues in one sentence; "citing" stays out
    [
      'Zelenskyy emphasized the urgency of the situation, indicating that these troops could soon reach the battlefield, and suggested the possibility of a pre-emptive strike.',
      [
        ['Zelenskyy', 'indirect', 'the urgency of the situation'],
        ['Zelenskyy', 'indirect', 'these troops could soon reach the battlefield'],
        ['Zelenskyy', 'indirect', 'the possibility of a pre-emptive strike.'],
      ],
    ],
    [
      'South Korea’s Yonhap News Agency said Seoul would not send 155mm shells to Ukraine, citing sources in the office of President Yoon Suk-yeol.',
      [['South Korea’s Yonhap News Agency', 'indirect', 'Seoul would not send 155mm shells to Ukraine']],
    ],
    // according to, before and after
    [
      'According to the health ministry, 40 people were killed in the strike.',
      [['the health ministry', 'according-to', '40 people were killed in the strike.']],
    ],
    [
      'The ship was carrying 3,000 tonnes of grain, according to port officials.',
      [['port officials', 'according-to', 'The ship was carrying 3,000 tonnes of grain']],
    ],
    // "dismissed ... as", "described ... as", a relative "who"
    [
      'The Kremlin had dismissed reports about a North Korean troop deployment as "fake news."',
      [['The Kremlin', 'indirect', 'reports about a North Korean troop deployment as "fake news."']],
    ],
    [
      'Zelenskyy’s appeal coincided with statements from Ukraine’s top military commander, General Oleksandr Syrskyi, who described the current offensive from Russia as one of the most intense.',
      [['Oleksandr Syrskyi', 'indirect', 'the current offensive from Russia as one of the most intense.']],
    ],
    // a relative clause about the source, with a statement of its own (from the Telegraph page, Reuters, the NYT)
    [
      "The G40 figures are cabinet ministers Jonathan Moyo and Saviour Kasukuwere, who fled to the compound after their homes were attacked by troops in Tuesday night's coup, the source, who said he had spoken to people inside the compound, told Reuters.",
      [
        [
          'the source',
          'indirect',
          "The G40 figures are cabinet ministers Jonathan Moyo and Saviour Kasukuwere, who fled to the compound after their homes were attacked by troops in Tuesday night's coup",
        ],
        ['the source', 'indirect', 'he had spoken to people inside the compound'],
      ],
    ],
    [
      '"No decision on any specific policy initiative has yet been decided by the State Department," said the official, who spoke on condition of anonymity.',
      [['the official', 'direct', 'No decision on any specific policy initiative has yet been decided by the State Department,']],
    ],
    [
      'Matthew G. Olsen, former director of the National Counterterrorism Center, who also held other national security positions during the George W. Bush and Obama administrations, also said that the contents of the note had been reviewed.',
      [['Matthew G. Olsen', 'indirect', 'the contents of the note had been reviewed.']],
    ],
    // "added" jobs, "claims" and "reported" as nouns and adjectives (Korea Herald, Reuters via Fox Business)
    ['Though the jobless rate ticked up a notch, the economy added 171,000 jobs in October, well above expectations.', []],
    [
      'Fueling concerns about job creation, the U.S. government said on Friday the U.S. unemployment rate ticked up to 9.1 percent in May while nonfarm employers added a paltry 54,000 workers to their payrolls.',
      [
        [
          'the U.S. government',
          'indirect',
          'the U.S. unemployment rate ticked up to 9.1 percent in May while nonfarm employers added a paltry 54,000 workers to their payrolls.',
        ],
      ],
    ],
    [
      'Initial claims for state jobless benefits increased 1,000 to 427,000, the Labor Department said.',
      [['the Labor Department', 'indirect', 'Initial claims for state jobless benefits increased 1,000 to 427,000']],
    ],
    [
      'However, economists polled by Reuters had forecast claims dropping to 415,000 from a previously reported count of 422,000.',
      [],
    ],
    // a relative "that" inside what was said (NewsNation)
    [
      'The suspect came out around 7:45 p.m. local time Thursday, and officials said he had a gunshot wound to the neck that might require surgery.',
      [['officials', 'indirect', 'he had a gunshot wound to the neck that might require surgery.']],
    ],
    // a source that opens the sentence runs to its comma; an aside before "that" (BNO News, CBS News)
    [
      'According to computer models from the USGS, up 15.6 million people could have felt Saturday’s earthquake, including 6.2 million people who experienced “strong” to “very strong” shaking.',
      [
        [
          'computer models from the USGS',
          'according-to',
          'up 15.6 million people could have felt Saturday’s earthquake, including 6.2 million people who experienced “strong” to “very strong” shaking.',
        ],
      ],
    ],
    [
      "A senior Pakistani official did confirm to CBS News' Farhan Bokhari, however, that five people were killed in that country as a result of the quake.",
      [['A senior Pakistani official', 'indirect', 'five people were killed in that country as a result of the quake.']],
    ],
    // company results (AP, Microsoft via Reuters, The Hollywood Reporter)
    [
      'NEW YORK — AT&T says its first-quarter earnings rose 22 percent as its wireless division saw continued strong growth.',
      [['AT&T', 'indirect', 'its first-quarter earnings rose 22 percent as its wireless division saw continued strong growth.']],
    ],
    [
      '"We\'ve had a really nice start to fiscal year 2007," Colleen Healy, Microsoft\'s general manager of investor relations, said in an interview.',
      [['Colleen Healy', 'direct', "We've had a really nice start to fiscal year 2007,"]],
    ],
    [
      'Apple reported quarterly revenue that rose more than 22 percent as sales of iPhones jumped 36 percent.',
      [['Apple', 'indirect', 'quarterly revenue that rose more than 22 percent as sales of iPhones jumped 36 percent.']],
    ],
    // a role with its organisation after an inverted cue; a medium before "that" (Dawn, The New York Times)
    [
      'A suicide blast rocked the federal capital on Tuesday, leaving at least 12 martyred and 30 injured outside a kachehri court building, said a spokesperson for the Pakistan Institute of Medical Sciences (PIMS).',
      [
        [
          'a spokesperson for the Pakistan Institute of Medical Sciences (PIMS)',
          'indirect',
          'A suicide blast rocked the federal capital on Tuesday, leaving at least 12 martyred and 30 injured outside a kachehri court building',
        ],
      ],
    ],
    [
      'Gov. Ron DeSantis of Florida, a Republican candidate for president, posted on social media that the agreement “bankrolls nuclear ambitions, hostage takers, and extremists who hate America.”',
      [
        [
          'Ron DeSantis',
          'indirect',
          'the agreement “bankrolls nuclear ambitions, hostage takers, and extremists who hate America.”',
        ],
      ],
    ],
    // a verb with a second sense after its quote; a title before the description (WSYR, WRIC)
    [
      '“We can do anything better when we work together,” echoed Governor Wolf.',
      [['Wolf', 'direct', 'We can do anything better when we work together,']],
    ],
    [
      'Dr. Danny Avula, Director of the Richmond City and Henrico County Health Departments, said people who test positive for the virus are no longer contagious after 10 days.',
      [['Danny Avula', 'indirect', 'people who test positive for the virus are no longer contagious after 10 days.']],
    ],
    // the medium runs on ("on the Telegram messaging app"), a time after it, a denial without what was denied (Reuters, AFP)
    [
      'Anti-aircraft defense was deployed in at least 9 regions of Ukraine, the air force said on the Telegram messaging app.',
      [['the air force', 'indirect', 'Anti-aircraft defense was deployed in at least 9 regions of Ukraine']],
    ],
    [
      'Air defences went into operation in nine Ukrainian regions, the air force said in a statement on the Telegram messaging app nearly 31 months after Russia’s full-scale invasion.',
      [['the air force', 'indirect', 'Air defences went into operation in nine Ukrainian regions']],
    ],
    [
      "The governor of the westerly Ivano-Frankivsk region, Svitlana Onyshchuk, said authorities were dealing with the attack's aftermath, but did not disclose details, except to say no one had been injured.",
      [
        [
          'Svitlana Onyshchuk',
          'indirect',
          "authorities were dealing with the attack's aftermath, but did not disclose details, except to say no one had been injured.",
        ],
      ],
    ],
    // AP's party and state, and a description after an inverted source (AP)
    [
      'Sen. Krysten Sinema, D-Ariz., a lead Democratic negotiator, said she spoke Wednesday with President Joe Biden and he was “very excited” to have a deal.',
      [['Krysten Sinema', 'indirect', 'she spoke Wednesday with President Joe Biden and he was “very excited” to have a deal.']],
    ],
    [
      '"The American people want us to work together. They don\'t want to see us dividing along partisan lines on the most serious crisis confronting our country," said Sen. Susan Collins of Maine, one of two GOP senators who signaled support for the bill.',
      [
        [
          'Susan Collins',
          'direct',
          "The American people want us to work together. They don't want to see us dividing along partisan lines on the most serious crisis confronting our country,",
        ],
      ],
    ],
    // a document as an inverted source, described after it; a name with where from (AP via CTV News)
    [
      "This year Earth got a taste of what's to come, said the report, which sets the table for international climate talks later this month.",
      [['the report', 'indirect', "This year Earth got a taste of what's to come"]],
    ],
    [
      'In other words, the report’s co-chair, James Skea of Imperial College London, told The Associated Press: “If we continue acting as we are now, we’re not even going to limit warming to 2 degrees, never mind 1.5 degrees.”',
      [
        [
          'James Skea',
          'direct',
          'If we continue acting as we are now, we’re not even going to limit warming to 2 degrees, never mind 1.5 degrees.',
        ],
      ],
    ],
    // an acronym in brackets joins its source (an Indian weather report)
    [
      'According to the Indian Meteorological Department (IMD), the “very severe” cyclonic storm Vayu will not make landfall in Gujarat as it has moved towards the sea.',
      [
        [
          'the Indian Meteorological Department (IMD)',
          'according-to',
          'the “very severe” cyclonic storm Vayu will not make landfall in Gujarat as it has moved towards the sea.',
        ],
      ],
    ],
    // a statement that opens with a bound is no introductory phrase (TRT World/AFP)
    [
      "At least four migrants have drowned in the Channel overnight off Boulogne sur Mer on France's northern coast while trying to cross to Britain, French maritime police have said.",
      [
        [
          'French maritime police',
          'indirect',
          "At least four migrants have drowned in the Channel overnight off Boulogne sur Mer on France's northern coast while trying to cross to Britain",
        ],
      ],
    ],
    // an age between commas after the source (The Washington Post)
    [
      'Cunio, 34, said she was held in one of three “exam rooms” 12 square feet in size, which she shared with about 10 other hostages.',
      [
        [
          'Cunio',
          'indirect',
          'she was held in one of three “exam rooms” 12 square feet in size, which she shared with about 10 other hostages.',
        ],
      ],
    ],
    // an acronym in brackets before the cue (Reuters)
    [
      'Roughly 1,000 Madera County residents were ordered to evacuate as one blaze, dubbed the Courtney Fire, charred some 320 acres (129.5 hectares), California Department of Forestry and Fire Prevention (CalFire) said.',
      [
        [
          'California Department of Forestry and Fire Prevention (CalFire)',
          'indirect',
          'Roughly 1,000 Madera County residents were ordered to evacuate as one blaze, dubbed the Courtney Fire, charred some 320 acres (129.5 hectares)',
        ],
      ],
    ],
    // a web address as the source (BBC)
    [
      'More than 300 tech firms have laid off nearly 100,000 workers globally since the start of the year, according to Layoffs.fyi, which tracks such announcements.',
      [
        [
          'Layoffs.fyi',
          'according-to',
          'More than 300 tech firms have laid off nearly 100,000 workers globally since the start of the year',
        ],
      ],
    ],
    // "conceded the goal": a match, not a statement (ISL match report)
    [
      'Cooper further added that they came back in the game after they conceded the goal and after that, they started penetrating into the box.',
      [
        [
          'Cooper',
          'indirect',
          'they came back in the game after they conceded the goal and after that, they started penetrating into the box.',
        ],
      ],
    ],
    // "responded to": what was answered, not what was said (Hansard)
    [
      'Over the past 10 months we have listened to the views of hundreds of organisations and institutions, and 190,000 members of the public responded to our consultation.',
      [],
    ],
    // from the CNN page: a report as the source, "calls ... into question" is no statement
    [
      'As the report states: "The birth lottery matters more in the U.S. than in most well-off countries."',
      [['the report', 'direct', 'The birth lottery matters more in the U.S. than in most well-off countries.']],
    ],
    ['But a new report released on Monday by Stanford University calls that into question.', []],
    // the plural present: "analysts say", "officials say", "Seventy-six percent say" (CGTN, NewsNation, WaPo page, Quinnipiac)
    [
      'Analysts say Fed policy makers are looking at more than the number of monthly job gains and the headline unemployment rate as they determine future monetary policy.',
      [
        [
          'Analysts',
          'indirect',
          'Fed policy makers are looking at more than the number of monthly job gains and the headline unemployment rate as they determine future monetary policy.',
        ],
      ],
    ],
    [
      'Early Wednesday morning, officials say a county sheriff’s deputy was shot and wounded in Milwaukee after a traffic stop by a suspect later found dead of a self-inflicted gunshot wound.',
      [
        [
          'officials',
          'indirect',
          'a county sheriff’s deputy was shot and wounded in Milwaukee after a traffic stop by a suspect later found dead of a self-inflicted gunshot wound.',
        ],
      ],
    ],
    [
      'Over the longer term, a number of analysts say that Obama and Netanyahu will seek to play down the friction between them.',
      [['a number of analysts', 'indirect', 'Obama and Netanyahu will seek to play down the friction between them.']],
    ],
    // the present inverted after what was said: "says Jeff Olivet", "say investors and analysts" (NPR via WFDD, Star Tribune)
    [
      '"A lot of families, a lot of households, a lot of individuals are still struggling," says Jeff Olivet, who until recently was executive director of the United States Interagency Council on Homelessness.',
      [['Jeff Olivet', 'direct', 'A lot of families, a lot of households, a lot of individuals are still struggling,']],
    ],
    [
      'The costs are likely to be much less, in the hundreds of millions of dollars, say investors and analysts, including Rubel.',
      [['investors and analysts', 'indirect', 'The costs are likely to be much less, in the hundreds of millions of dollars']],
    ],
    // "according to" with no comma before it: what came before is theirs (Business Insider)
    [
      'The estimated price tag will be at least $15 billion according to the analysts, and possibly as much as $25 billion.',
      [['the analysts', 'according-to', 'The estimated price tag will be at least $15 billion']],
    ],
    // a joining word goes with the next statement; "according to" is no part of the next source (AFP, 24NewsHD)
    [
      'The health ministry in Hamas-run Gaza said a foreign U.N. worker was killed and five others seriously injured Wednesday by an Israeli strike on their headquarters, as the Israeli army denied hitting a U.N. building.',
      [
        [
          'The health ministry in Hamas-run Gaza',
          'indirect',
          'a foreign U.N. worker was killed and five others seriously injured Wednesday by an Israeli strike on their headquarters',
        ],
        ['the Israeli army', 'indirect', 'hitting a U.N. building.'],
      ],
    ],
    [
      'The strikes came in retaliation for attacks the same day on Israel by Hamas militants in which some 1,400 people were killed, also mostly civilians, according to Israeli officials, who have vowed to destroy Hamas.',
      [
        [
          'Israeli officials',
          'according-to',
          'The strikes came in retaliation for attacks the same day on Israel by Hamas militants in which some 1,400 people were killed, also mostly civilians',
        ],
        ['Israeli officials', 'indirect', 'to destroy Hamas.'],
      ],
    ],
    // "citing ..." after the cue names the source's source; a dateline is no part of what was said (Reuters via Asahi)
    [
      'SEOUL--At least 100 North Korean troops deployed to Russia have been killed with another 1,000 injured in combat against Ukrainian forces in intense fighting in the Kursk region, a South Korean lawmaker said on Thursday citing the country’s spy agency.',
      [
        [
          'a South Korean lawmaker',
          'indirect',
          'At least 100 North Korean troops deployed to Russia have been killed with another 1,000 injured in combat against Ukrainian forces in intense fighting in the Kursk region',
        ],
      ],
    ],
    // a cue followed by an auxiliary opens a relative clause, and a noun after a possessive is no cue (NBC News, Reuters)
    [
      'The Ukrainian military did not immediately respond to a request for comment from NBC News on the number of North Korean soldiers that Seoul’s spy agency said had been killed in combat.',
      [],
    ],
    // "about" before a figure is its qualifier, not what was reported about; a time's stop ends the source (NewsBreak)
    [
      'The eye of the hurricane passed over North Captiva Island, a barrier island west of Fort Myers, at about 2:30 p.m. PowerOutage.us reported about 2.5 million power outages across the state as of Thursday morning.',
      [['PowerOutage.us', 'indirect', 'about 2.5 million power outages across the state as of Thursday morning.']],
    ],
    // a description with a figure in it between the name and the verb (Reuters)
    [
      'Duke Energy Corp, the biggest utility in the area with over 4 million customers, estimated the storm could cause between 1 million and 3 million outages.',
      [['Duke Energy Corp', 'indirect', 'the storm could cause between 1 million and 3 million outages.']],
    ],
    // "adding" before a figure counts (SportsFocusLA)
    [
      '“This team is starting to gel on both ends of the floor,” said Anthony Davis.\n\nDavis finished with his 8th straight double-double, scoring 27 points and 12 rebounds while adding 3 blocks, 1 steal, and 1 assist in 29 minutes.',
      [['Anthony Davis', 'direct', 'This team is starting to gel on both ends of the floor,']],
    ],
    // casualty claims as wire reports write them: who a report is from, a clause added after the cue, the medium
    // "in a post to social media", an acronym in brackets and a hyphenated word in the source (Newsweek)
    [
      "Russia lost 4,140 troops in Ukraine in the past week, according to a Monday update from the General Staff of Ukraine's Armed Forces.",
      [["the General Staff of Ukraine's Armed Forces", 'according-to', 'Russia lost 4,140 troops in Ukraine in the past week']],
    ],
    [
      "Russian forces in Ukraine lost 470 troops and 31 artillery systems over the past day, Kyiv's military said on Wednesday as the armies of both countries launched offensives.",
      [["Kyiv's military", 'indirect', 'Russian forces in Ukraine lost 470 troops and 31 artillery systems over the past day']],
    ],
    [
      "Moscow's troops also lost eight combat vehicles and four tanks in the previous 24 hours, the General Staff of Ukraine's Armed Forces said in a post to social media.",
      [
        [
          "the General Staff of Ukraine's Armed Forces",
          'indirect',
          "Moscow's troops also lost eight combat vehicles and four tanks in the previous 24 hours",
        ],
      ],
    ],
    [
      'The Institute for the Study of War (ISW) think tank said if such advances were secured, it would prove "tactically significant" for Ukraine.',
      [
        [
          'The Institute for the Study of War (ISW) think tank',
          'indirect',
          'if such advances were secured, it would prove "tactically significant" for Ukraine.',
        ],
      ],
    ],
    [
      'Ukraine\'s fighters carried out operations in "at least three sectors of the front line" on Tuesday, the Washington D.C.-based Institute for the Study of War think tank said in its latest analysis.',
      [
        [
          'the Washington D.C.-based Institute for the Study of War think tank',
          'indirect',
          'Ukraine\'s fighters carried out operations in "at least three sectors of the front line" on Tuesday',
        ],
      ],
    ],
    // "family" ends like an adverb but is the source's noun (NBC Washington)
    [
      'Evans’ two young children were the most important people in his life, his family said.',
      [['family', 'indirect', 'Evans’ two young children were the most important people in his life']],
    ],
    [
      '“Their dad was their hero long before the tragic events of last week,” the family said.',
      [['the family', 'direct', 'Their dad was their hero long before the tragic events of last week,']],
    ],
    // a data table's labels are no statements (Boston.com)
    ['Newly reported cases: 5,576\nTotal confirmed cases: 1,659,250\nNewly reported deaths: 16', []],
    // a wire credit after the stop is no statement (Reuters via The Irish Times)
    [
      'The drone was aimed to attack a military airfield, Mr Meniaylo said. – Reuters',
      [['Meniaylo', 'indirect', 'The drone was aimed to attack a military airfield']],
    ],
    // ...but "operations that they say are aimed" is a relative clause (McClatchy)
    [
      "Israeli officials said they'd killed 130 militants over the past two days in military operations that they say are aimed at destabilizing Hamas.",
      [
        [
          'Israeli officials',
          'indirect',
          "they'd killed 130 militants over the past two days in military operations that they say are aimed at destabilizing Hamas.",
        ],
      ],
    ],
    // ...and so is "the man they believe shot" (NewsNation)
    [
      'HOUSTON (NewsNation Now) — Police arrested the man they believe shot three officers and fired at a SWAT team during a standoff, according to a tweet from the Houston Police department.',
      [
        [
          'a tweet',
          'according-to',
          'Police arrested the man they believe shot three officers and fired at a SWAT team during a standoff',
        ],
      ],
    ],
    // comparisons, added figures and nouns, not statements (Reuters via Hera, Labor Department reports, Pew)
    [
      'Officials forecast they would raise their benchmark interest rate to around 4.4 percent by the end of the year, a full percentage point higher than they had predicted in June.',
      [],
    ],
    [
      'Employers added a seasonally adjusted 295,000 jobs in February, the Labor Department said earlier this month.',
      [['the Labor Department', 'indirect', 'Employers added a seasonally adjusted 295,000 jobs in February']],
    ],
    [
      'About six-in-ten registered voters in the five U.S. states where elections are conducted entirely by mail expect voting to be easy.',
      [],
    ],
    [
      'Responding, deputy council leader Alan Napier, of Labour, said demolition compared favourably with attempting to refurbish the site, which had estimated costs of £76.5m.',
      [
        [
          'Alan Napier',
          'indirect',
          'demolition compared favourably with attempting to refurbish the site, which had estimated costs of £76.5m.',
        ],
      ],
    ],
    // ", with ..." after the cue adds to the sentence: what was said comes before (Reuters via The Irish Times)
    [
      'WASHINGTON – The number of children in the US considered poor rose by 1 million in 2010, the US Census said yesterday, with nearly one in three of the youngest Americans now living in poverty.',
      [['the US Census', 'indirect', 'The number of children in the US considered poor rose by 1 million in 2010']],
    ],
    // a quote reported of its speaker: "is reported to have said" (HuffPost Australia)
    [
      '"I am comfortably satisfied that the amount of $70 million amongst participants is a fair and reasonable sum," Justice Macauley is reported to have said.',
      [
        [
          'Macauley',
          'direct',
          'I am comfortably satisfied that the amount of $70 million amongst participants is a fair and reasonable sum,',
        ],
      ],
    ],
    // an opening "According to" runs to its comma, and statistics published by someone are theirs (Wikipedia via
    // WOW.com)
    [
      'According to statistics published by the California Department of Forestry and Fire Protection (Cal Fire), a total of 7,127 wildfires burned a total of 324,917 acres (131,489 hectares) in the U.S. state of California in 2023.',
      [
        [
          'the California Department of Forestry and Fire Protection (Cal Fire)',
          'according-to',
          'a total of 7,127 wildfires burned a total of 324,917 acres (131,489 hectares) in the U.S. state of California in 2023.',
        ],
      ],
    ],
    // the person told ends where a titled name begins (BBC via BelleNews)
    [
      'A senior Trump administration official has told CBS News President Trump does not plan to concede in the event of a victory declaration by Joe Biden.',
      [
        [
          'A senior Trump administration official',
          'indirect',
          'President Trump does not plan to concede in the event of a victory declaration by Joe Biden.',
        ],
      ],
    ],
    // a topic, then the quote said about it; "this" opening what was said; a quantifier before an inverted plural
    // source (Knowridge, The Boston Globe)
    [
      'Jennifer Kuk, an Associate Professor at the School of Kinesiology and Health Science and lead author of the study, elaborated on their findings, “What we discovered is that the relationship with risk factors and mortality changes over time.”',
      [
        [
          'Jennifer Kuk',
          'direct',
          'What we discovered is that the relationship with risk factors and mortality changes over time.',
        ],
      ],
    ],
    [
      'Kuk suggested this could be due to increased stigma as awareness of the risks grew and smoking became less common.',
      [
        [
          'Kuk',
          'indirect',
          'this could be due to increased stigma as awareness of the risks grew and smoking became less common.',
        ],
      ],
    ],
    [
      'Foods, medications, and lifestyle habits either reduce or increase our risk of a certain disease, say many studies.',
      [
        [
          'many studies',
          'indirect',
          'Foods, medications, and lifestyle habits either reduce or increase our risk of a certain disease',
        ],
      ],
    ],
    // a name after the quote, its description's closing comma left out; a verb of thinking after "said it" is part
    // of what was said (The Independent via Yahoo News, The Guardian via inkl)
    [
      '“There’s a chance that we might break the record which is 38.7C today and then potentially again tomorrow,” Nicola Maxey, a spokesperson for the Met Office told The Independent.',
      [
        [
          'Nicola Maxey',
          'direct',
          'There’s a chance that we might break the record which is 38.7C today and then potentially again tomorrow,',
        ],
      ],
    ],
    [
      'However, the Met Office said it believed there was only a 10% chance of that being realised.',
      [['the Met Office', 'indirect', 'it believed there was only a 10% chance of that being realised.']],
    ],
    // AP's date after the cue is no part of what was said (AP via The Epoch Times)
    [
      'WASHINGTON—Homeland Security officials said July 9 there was a 28 percent drop in the number of migrants encountered by Customs and Border Protection last month.',
      [
        [
          'Homeland Security officials',
          'indirect',
          'there was a 28 percent drop in the number of migrants encountered by Customs and Border Protection last month.',
        ],
      ],
    ],
    // a cue whose source opens what was said is part of it (Fox Business via am1.news)
    [
      'If the average mortgage rates were to decline to 6%, Yun said their scenario analysis suggests an additional 160,000 renters would become first-time homeowners.',
      [['Yun', 'indirect', 'their scenario analysis suggests an additional 160,000 renters would become first-time homeowners.']],
    ],
    // not attributions: passive reports, nouns, quotes with no source
    ['A TV screen shows an image of soldiers believed to be from North Korea.', []],
    [
      'Britain on Monday issued an extreme heat warning, with temperatures predicted to hit more than 30 degrees Celsius (86 Fahrenheit) across large parts of England and Wales.',
      [],
    ],
    // a name given, and an act declared (Reuters via Reuters/Lake County News, Xinhua)
    [
      'Further north, about 800 firefighters were working to battle a 2,500-acre (1,011.7-hectare) blaze called the King Fire, raging in El Dorado County.',
      [],
    ],
    [
      'Western U.S. states are fighting raging wildfires as some states declared a state of emergency and communities face urgent evacuations.',
      [],
    ],
    // "according to" a rule kept, and a court dismissing an appeal (The Lawyer Magazine, CNN, Stephens Lawyers)
    [
      'Under the settlement, the respondents will pay $3m into a trust account, which will be administered and distributed according to a court-approved scheme.',
      [],
    ],
    [
      'A person who, according to rules of the briefing, could only be identified as a "senior Defense Department official" refused to comment.',
      [],
    ],
    [
      'On appeal by Nationwide News, the Full Federal Court dismissed the appeal and upheld the Federal Court’s damages award.',
      [],
    ],
    ['There were no reports of casualties, and the reports could not be verified.', []],
    ['The slogan “Peace through strength” hung over the stage.', []],
  ])('%s', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  test('a surname, a pronoun and a description resolve to the fullest name', () => {
    const text = [
      'White House national security spokesman John Kirby said the U.S. is working closely with allies.',
      'Kirby said the North Korean troops traveled by ship.',
      '“For the time being, we will continue to monitor the situation closely,” he said.',
      'Russia’s Defense Ministry said it destroyed seven drones.',
      'The ministry said air defenses destroyed 10 drones over Crimea.',
      'NATO Secretary General Mark Rutte told reporters the deployment was a threat.',
      'The NATO secretary general said the deployment was a sign of "growing desperation."',
    ].join('\n\n');
    const found = extractClaims(text).attributions.map((a) => [a.speakerText, a.speaker, a.role]);
    expect(found).toEqual([
      ['John Kirby', 'John Kirby', 'White House national security spokesman'],
      ['Kirby', 'John Kirby', null],
      ['he', 'John Kirby', null],
      ['Russia’s Defense Ministry', 'Russia’s Defense Ministry', null],
      ['The ministry', 'Russia’s Defense Ministry', null],
      ['Mark Rutte', 'Mark Rutte', 'NATO Secretary General'],
      ['The NATO secretary general', 'Mark Rutte', null],
    ]);
  });

  test('a surname alone takes the full name written before it elsewhere, with accents, hyphens and apostrophes', () => {
    // Written for this test: no sample article or saved page has such a name said by its surname alone.
    const text = [
      'Macron met Jean-Luc Mélenchon and Marine Le Pen on Tuesday, a week after the vote.',
      '“We will not support this government,” Mélenchon said after the meeting.',
      'The delegation included Conor O’Neill, a former adviser.',
      'O’Neill said the talks had been productive.',
    ].join('\n\n');
    const found = extractClaims(text).attributions.map((a) => [a.speakerText, a.speaker]);
    expect(found).toEqual([
      ['Mélenchon', 'Jean-Luc Mélenchon'],
      ['O’Neill', 'Conor O’Neill'],
    ]);
  });

  test('a pronoun or a participle with no source of its own takes the person named before it in the sentence (BBC)', () => {
    const text = [
      'Floods minister Dan Rogerson has admitted "some minor inconsistencies" in figures provided.',
      'Labour called the government\'s clarification "humiliating".',
      'Environment Secretary Owen Paterson has been under pressure on the issue after he repeatedly insisted that the coalition was spending money at a record level.',
      'Mr Paterson\'s deputy Mr Rogerson has published a clarification, saying: "Floods funding is complex."',
    ].join('\n\n');
    const found = extractClaims(text).attributions.map((a) => [a.speakerText, a.speaker, a.cue]);
    expect(found).toEqual([
      ['Dan Rogerson', 'Dan Rogerson', 'admitted'],
      ['Labour', 'Labour', 'called'],
      ['he', 'Owen Paterson', 'insisted'],
      // (The participle's source as written: the subject opening its sentence, "Mr Paterson's deputy Mr Rogerson".)
      ['Rogerson', 'Dan Rogerson', 'saying'],
    ]);
  });

  test('a relative before the name is a role, and a pronoun after a person is named points to that person (AFP)', () => {
    const text = [
      '“I was playing with my … niece where the pool of blood is and a brick fell on her,” her uncle David Alvarado told AFP.',
      'The Ecuadorian Presidency reported that “there are injured people who are being treated immediately in hospitals,” but gave no figures.',
      'President Guillermo Lasso traveled to El Oro, where he visited the wounded in a hospital, and will next travel to Azuay.',
      '“I have just finished visiting the city of Machala… I have ratified government support and resource availability,” he said in a video posted to Twitter.',
    ].join('\n\n');
    const found = extractClaims(text).attributions.map((a) => [a.speakerText, a.speaker, a.role]);
    expect(found).toEqual([
      ['David Alvarado', 'David Alvarado', 'her uncle'],
      ['The Ecuadorian Presidency', 'The Ecuadorian Presidency', null],
      ['he', 'Guillermo Lasso', null],
    ]);
  });

  test('an abbreviated title is left out of the full name a surname resolves to (WRIC)', () => {
    const text = [
      'RICHMOND, Va. (WRIC) — Gov. Ralph Northam gave an update on the coronavirus outbreak in Virginia on Tuesday.',
      'Northam said he would not take questions or make any additional comments about the situation because it is still an ongoing investigation.',
    ].join('\n\n');
    expect(extractClaims(text).attributions.map((a) => [a.speakerText, a.speaker])).toEqual([['Northam', 'Ralph Northam']]);
  });

  test('a quote after a person is introduced goes to that person, not to the last one quoted (KPBS/NPR)', () => {
    const text = [
      '"I\'ve learned a lot the last few days, by people coming in good faith saying what is in here should not be in here. And on a few occasions, in listening to what was propounded by those who have come up with this bipartisan agreement, we had to swallow real hard," Reid said.',
      'Still, there was no vote Friday night to pass the stimulus bill. Louisiana Republican David Vitter, a fierce opponent of that package, made clear his intention to put off such a vote:',
      '"I\'m very eager to understand all of the details of this proposal, and I\'ll be doing that by getting a copy of the proposal and digesting it over a reasonable period of time, over the weekend, since it is a trillion-dollar proposal," he said.',
    ].join('\n\n');
    expect(extractClaims(text).attributions.map((a) => [a.speakerText, a.speaker])).toEqual([
      ['Reid', 'Reid'],
      ['he', 'David Vitter'],
    ]);
  });

  test('a participle between commas after the source is an aside, not its role (AP)', () => {
    const [a] = extractClaims(
      'A police officer, speaking on condition of anonymity, said Koskotas fled abroad on Sunday, apparently by yacht from the seaside village of Megalo Pefko, 20 miles from Athens.',
    ).attributions;
    expect([a?.speaker, a?.speakerText, a?.role]).toEqual(['A police officer', 'A police officer', null]);
  });

  test('a source described around its name keeps the name, and the description as its role (BBC, Local Democracy Reporting Service, MarketWatch, Star Tribune, SportsFocusLA, Reuters, Newser, ZME Science, CBS New York, Arizona Republic, USA Today, NPR, i, NBC Connecticut)', () => {
    const text = [
      'Stephen Moir, in charge of Cambridgeshire County Council, said the sum would have to be "consumed" by the existing councils.',
      'The county council said it had agreed to set aside up to £1m to help pay for some of the extra work being done on the reorganisation.',
      '"It\'s about 14 years since the cost of asbestos removal from County Hall was estimated to be £500,000 a floor," said Independent opposition councillor John Shuttleworth.',
      'According to Mahir Rasheed, U.S. economist at Oxford Economics, "Look ahead, we expect initial claims to continue to grind back toward 200,000."',
      '"As far as dividend growth, cash flow and share buybacks, I think that\'s still intact," said Gary Bradshaw, a fund manager at Hodges Capital Management, who added to his Boeing stake after a fire broke out on a Dreamliner on Jan. 7.',
      '“They played the right way on both sides of the ball. I am highly encouraged,” said head coach Darvin Ham of the team’s effort and performance.',
      'Serhiy Lysak, Dnipropetrovsk regional governor, said the overnight drone attack damaged commercial and residential buildings and also a power line.',
      'Gaza health official Ashraf al-Kidra says the 15 were among hundreds of people seeking shelter in the school in Beit Hanoun from heavy fighting in the area.',
      '“We found that the more adverse events experienced, such as your parents’ divorce or a parent dying, the greater the cognitive decline,” said Margie Lachman, professor of psychology at Brandeis University and co-author of the new study.',
      "Commissioner Steven Banks of the Human Resources Administration, which oversees homeless services, said the city's newly-revised rental assistance program has placed 35,000 people into homes instead of shelters.",
      "But the Heritage Foundation's Robert Rector said the index offers little new information. He said the report doesn't mention that poor children's family incomes are supplemented by programs such as food stamps and housing assistance.",
      // where it was said is no part of the role (USA Today)
      '"We delivered a strong start to the year, with continued cloud momentum and meaningful progress across our device businesses," said Microsoft Chief Financial Officer Amy Hood, in a press release.',
      // where it was said ends a role that runs to the sentence's end (NPR via News Muncher)
      '"For the first time in nearly 18 months, Mexico was the country of origin for the majority of apprehensions," said Mark Morgan, acting CBP Commissioner in a White House briefing.',
      // a forecaster (i newspaper)
      'Forecaster Simon Partridge said: “Parts of south-east England could exceed 35°C on Sunday.”',
      // a firm's person (CNBC via NBC Connecticut)
      '"These challenges aren\'t going to go away quickly," BMO Wealth Management\'s Yung-Yu Ma said.',
    ].join('\n\n');
    expect(extractClaims(text).attributions.map((a) => [a.speaker, a.role])).toEqual([
      ['Stephen Moir', 'in charge of Cambridgeshire County Council'],
      // "the county council" is not the person in charge of it
      ['The county council', null],
      ['John Shuttleworth', 'Independent opposition councillor'],
      ['Mahir Rasheed', 'U.S. economist at Oxford Economics'],
      ['Gary Bradshaw', 'a fund manager at Hodges Capital Management'],
      ['Darvin Ham', 'head coach'],
      ['Serhiy Lysak', 'Dnipropetrovsk regional governor'],
      ['Ashraf al-Kidra', 'Gaza health official'],
      ['Margie Lachman', 'professor of psychology at Brandeis University and co-author of the new study'],
      ['Steven Banks', 'Commissioner of the Human Resources Administration'],
      ['Robert Rector', "the Heritage Foundation's"],
      ['Robert Rector', null],
      ['Amy Hood', 'Microsoft Chief Financial Officer'],
      ['Mark Morgan', 'acting CBP Commissioner'],
      ['Simon Partridge', 'Forecaster'],
      ['Yung-Yu Ma', "BMO Wealth Management's"],
    ]);
  });

  test('Korean names are written family name first: "Lee" is Lee Seong-kweun, and a remark after a possessive is no cue (Reuters)', () => {
    const text = [
      'North Korea has also shipped additional arms for the war in Ukraine, including self-propelled howitzers and multiple rocket launchers, parliament intelligence committee member Lee Seong-kweun told reporters, citing the National Intelligence Service.',
      'North Korean foreign minister Choe Son Hui’s meeting with Russian President Vladimir Putin during her visit to Moscow this month was unusual in terms of protocol, another parliament intelligence committee member, Park Sun-won, said, citing NIS.',
      'On Ukrainian President Volodymyr Zelenskiy’s remarks that the number of North Korean troops stationed inside Russia could grow to 100,000, Lee cited the NIS as saying that although that is not confirmed, North Korea may send more troops.',
      'There are indications that the North is preparing for additional deployment, Lee said, including intelligence of the country’s leader Kim Jong Un overseeing training.',
    ].join('\n\n');
    expect(extractClaims(text).attributions.map((a) => [a.speaker, a.role])).toEqual([
      ['Lee Seong-kweun', 'parliament intelligence committee member'],
      ['Park Sun-won', 'another parliament intelligence committee member'],
      ['Lee Seong-kweun', null],
      ['Lee Seong-kweun', null],
    ]);
  });

  test('an adverb before the cue is no part of the source, and "he" after a spokesman named in lower case is him (Euromaidan Press, Liga.net, EIR)', () => {
    const text = [
      'Singh also confirmed that the US is “soliciting bids for a small number of [American] contractors to go into Ukraine to help with repairs and maintenance.” However, she explicitly stated that as of the briefing, no contractors had yet entered the country.',
      'The official additionally indicated that the Pentagon is still examining the damage caused by a Russian Intermediate-Range Ballistic Missile (IRBM) in Ukraine’s Dnipro City.',
      'At the same time, the Ukrainian General Staff confirmed a loss of 500 square kilometers of territory in Kursk Oblast as of November 22.',
      'Pentagon spokesman Pat Ryder claimed yesterday that the first North Korean soldiers have been killed fighting Ukrainian forces in Russia’s Kursk region.',
      'At the State Department, spokesman Matthew Miller spoke similarly. “They entered a war, and they are, as such, combatants and are legitimate targets for the Ukrainian military,” he said during yesterday’s press briefing.',
    ].join('\n\n');
    expect(extractClaims(text).attributions.map((a) => [a.speakerText, a.speaker])).toEqual([
      ['Singh', 'Singh'],
      ['she', 'Singh'],
      ['The official', 'The official'],
      ['the Ukrainian General Staff', 'the Ukrainian General Staff'],
      ['Pat Ryder', 'Pat Ryder'],
      ['he', 'Matthew Miller'],
    ]);
  });

  test('"Sens." is a title, left out of the full name a surname resolves to; "for months" after a cue is how long, and "adds too much" a count (ABC15, AJC)', () => {
    const text = [
      'Republican Sens. Rand Paul and Thom Tillis and Susan Collins voted against the bill.',
      "Paul said his opposition was due to projections showing the bill would add to the federal government's deficit.",
      'Paul has said for months that he believes the bill adds too much to the federal deficit and is opposed.',
    ].join('\n\n');
    expect(extractClaims(text).attributions.map((a) => [a.speakerText, a.speaker, a.cue, a.content])).toEqual([
      [
        'Paul',
        'Rand Paul',
        'said',
        "his opposition was due to projections showing the bill would add to the federal government's deficit.",
      ],
      ['he', 'Rand Paul', 'believes', 'the bill adds too much to the federal deficit and is opposed.'],
    ]);
  });

  test('"The" before a surname elsewhere in the text is no first name (Washington Post page)', () => {
    // The page also says "The Obama administration's first comments ...".
    const page = newsCorpus().find((d) => d.name === 'wapo-2')?.text ?? '';
    const obama = extractClaims(page).attributions.filter((a) => a.speakerText === 'Obama');
    expect(obama.length).toBeGreaterThan(0);
    expect(obama.map((a) => a.speaker)).toEqual(obama.map(() => 'Obama'));
  });

  test('the person told is part of the cue, and what follows it is what was said (Reuters, Ghanamma, Saline River Chronicle)', () => {
    const cues = (text: string) => extractClaims(text).attributions.map((a) => [a.cue, a.content]);
    expect(
      cues('McCarthy told reporters he expected another meeting with the president and congressional leaders next week.'),
    ).toEqual([['told reporters', 'he expected another meeting with the president and congressional leaders next week.']]);
    expect(
      cues(
        '“I am responsible for every government business in the region and people forget the Local Government clause 926 makes me a Minister of State”, he told sit-in-host, Agya Owusu Ansah.',
      ),
    ).toEqual([
      [
        'told sit-in-host, Agya Owusu Ansah',
        'I am responsible for every government business in the region and people forget the Local Government clause 926 makes me a Minister of State',
      ],
    ]);
    expect(cues('Judge Pope informed Mr. Hayes he has thirty days to appeal the verdict, if he so chooses.')).toEqual([
      ['informed Mr. Hayes', 'he has thirty days to appeal the verdict, if he so chooses.'],
    ]);
  });

  test('a participle with no speaker in its sentence is no statement unless a pronoun stands for the last speaker (AFP via Zürcher Nachrichten)', () => {
    const text = [
      'Sherwin said meteorologists could not rule out that record being broken but it was "still only a low probability".',
      'The extreme heat warning was classified as "amber", the second-highest of three, indicating a "high impact" on daily life and people.',
    ].join('\n');
    expect(extractClaims(text).attributions.map((a) => [a.speaker, a.cue])).toEqual([['Sherwin', 'said']]);
  });

  test("names listed after one title are people a pronoun may point to, but not those in an opening phrase; a name after a sentence's end starts afresh (HuffPost via Small Business Minder, NOTUS, ABC15)", () => {
    const politics = [
      '“Republicans should be ashamed of the Senators that just voted with Democrats in attempting to take away our Powers to fight and defend the United States of America. Susan Collins, Lisa Murkowski, Rand Paul, Josh Hawley, and Todd Young should never be elected to office again,” Trump said in a post on Truth Social.',
      '“The president obviously is unhappy with the vote,” Collins told a reporter from Semafor.',
      'The Senate voted 52 to 47 to advance Sen. Tim Kaine’s (D-Va.) resolution under the War Powers Act earlier Thursday, with Republican Sens. Rand Paul (Ky.), Lisa Murkowski (Alaska), Susan Collins (Maine), Todd Young (Ind.), and Josh Hawley (Mo.) crossing party lines to serve the president a rare rebuke.',
      'Following the outburst, Hawley appeared relaxed at Trump lashing out at him.',
      '“I like the president,” he told HuffPost.',
      'Young declined to comment on the Trump post. “I know it would make for great fireworks if I did, but I have no concerns and no comments,” he said.',
    ].join('\n');
    expect(extractClaims(politics).attributions.map((a) => [a.speakerText, a.speaker])).toEqual([
      ['Trump', 'Trump'],
      ['Collins', 'Susan Collins'],
      ['he', 'Josh Hawley'],
      ['he', 'Todd Young'],
    ]);
    const senate = [
      'Republican Sens. Rand Paul and Thom Tillis and Susan Collins voted against the bill. Collins and Tillis both were opposed to cuts the bill makes to Medicaid.',
      'Republican Sen. Lisa Murkowski was considered the swing vote on Tuesday. Like Collins and Tillis, she expressed concern over potential cuts to Medicaid.',
    ].join('\n');
    expect(extractClaims(senate).attributions.map((a) => [a.speakerText, a.speaker])).toEqual([['she', 'Lisa Murkowski']]);
  });

  test('every attribution carries the offsets of its content and cue', () => {
    const text = 'Kharkiv Mayor Ihor Terekhov said on Telegram that at least 13 people were injured.';
    const [a] = extractClaims(text).attributions;
    expect(a && text.slice(a.contentStart, a.contentEnd)).toBe('at least 13 people were injured.');
    expect(a && text.slice(a.cueStart, a.cueEnd)).toBe('said on Telegram');
    expect(a?.role).toBe('Kharkiv Mayor');
  });

  test('on the real articles, every attribution has a speaker and content with words in it', () => {
    for (const { name, text } of newsCorpus()) {
      for (const a of extractClaims(text).attributions) {
        expect([name, a.content]).toEqual([name, expect.stringMatching(/[\p{L}\p{N}]/u)]);
        expect([name, a.speaker]).toEqual([name, expect.stringMatching(/\p{L}/u)]);
      }
    }
  });
});
