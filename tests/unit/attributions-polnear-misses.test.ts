import { describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';

// Statements PolNeAR's annotators found and we missed, by kind (docs/polnear.md), each with a real passage from
// PolNeAR's train split (github.com/networkdynamics/PolNeAR; see tests/data/polnear/SOURCE.md), as published.
const statements = (text: string) => extractClaims(text).attributions.map((a) => [a.speakerText, a.speaker, a.cue, a.content]);

describe('missed kinds taken from PolNeAR dev', () => {
  test('a party and state in brackets after a name is no end of the source (HuffPost, 29 Feb 2016; Politico, 22 Jun 2016)', () => {
    const before =
      'At a campaign rally Monday morning, Trump’s GOP primary rival Sen. Marco Rubio (R-Fla.) said Trump is “unelectable now.”';
    expect(statements(before)).toEqual([['Marco Rubio', 'Marco Rubio', 'said', 'Trump is “unelectable now.”']]);
    const inverted = '“If it’s not the first vote it should be at the very top of the list,” said Sen. Chris Murphy (D-Conn.).';
    expect(statements(inverted)).toEqual([
      ['Chris Murphy', 'Chris Murphy', 'said', 'If it’s not the first vote it should be at the very top of the list,'],
    ]);
  });
});

describe('questions asked', () => {
  test('a quoted question with "asked" after it is a statement (Politico, 6 Jul 2016)', () => {
    const text =
      'During a rally Tuesday night in Raleigh, North Carolina, Trump remarked upon a recent New York Times story in which Democratic sources said Clinton could decide to retain Loretta Lynch as attorney general. “That’s like a bribe, isn’t it? Isn’t that sort of a bribe?” Trump asked. “I think it’s a bribe.”';
    expect(statements(text).filter((a) => a[2] === 'asked')).toEqual([
      ['Trump', 'Trump', 'asked', 'That’s like a bribe, isn’t it? Isn’t that sort of a bribe?'],
      ['Trump', 'Trump', 'asked', 'I think it’s a bribe.'],
    ]);
  });
});

// What `[speaker, role]` each statement of a passage has.
const speakerRoles = (text: string) => extractClaims(text).attributions.map((a) => [a.speakerText, a.speaker, a.role]);

describe('a place or organisation before a name is its affiliation, not part of it', () => {
  test('a state and an occupation before a name are its role (Breitbart, 26 Jul 2016; Washington Post, 17 Apr 2016)', () => {
    const delegate =
      'Florida delegate John Archer, wearing a Canova T-Shirt covered in Sanders buttons, said he’s proud of the way the challenger is funding his campaign.';
    expect(speakerRoles(delegate)).toEqual([['John Archer', 'John Archer', 'Florida delegate']]);
    const businessman =
      "If such a group's existence seems improbable given the Republican presidential front-runner's attacks on undocumented immigrants and Muslims - and his deep unpopularity among women and minorities - Georgia businessman Bruce LeVell believes that is because people don't really know the man.";
    expect(speakerRoles(businessman)).toEqual([['Bruce LeVell', 'Bruce LeVell', 'Georgia businessman']]);
  });

  test('a city office before a name, and a party letter in brackets after it (Politico, 8 Apr 2016; Washington Post, 4 Dec 2015)', () => {
    const advocate =
      '“Senator Sanders voted twice to protect gun dealers and sellers from being held accountable when their irresponsible actions led to heinous crimes,” New York City Public Advocate Trish James said.';
    expect(speakerRoles(advocate)).toEqual([['Trish James', 'Trish James', 'New York City Public Advocate']]);
    const madigan =
      'In appealing for the inquiry, Illinois Attorney General Lisa M. Madigan (D) asserted that "trust in the Chicago Police Department is broken."';
    expect(speakerRoles(madigan)).toEqual([['Lisa M. Madigan', 'Lisa M. Madigan', 'Illinois Attorney General']]);
  });
});

describe('a phrase with a verb is no speaker', () => {
  test('"even" before the cue is no part of the name (Politico, 29 Feb 2016)', () => {
    const text =
      "Nebraska Sen. Ben Sasse even suggested on social media that he'd look for a third-party conservative if the general election is Trump versus Clinton.";
    expect(speakerRoles(text)).toEqual([['Ben Sasse', 'Ben Sasse', 'Nebraska Sen.']]);
  });

  test('"Democratic-leaning states" is a noun, not "states" said by "Iowa has shifted ..." (Washington Post, 7 Sep 2016)', () => {
    const text =
      'By contrast, Iowa has shifted from a one of the most Democratic-leaning states in the country in 1988, when Dukakis won it by 10 points.';
    expect(speakerRoles(text)).toEqual([]);
  });
});

describe('sources that are clauses, and sources after the cue', () => {
  test('a phrase with an auxiliary before the cue is no source (Ars Technica page, ../shared/pages/ars-1)', () => {
    const text =
      'Askar has released proof-of-concept attack code he said exploits the vulnerability to crash any server hosting the game.';
    expect(speakerRoles(text)).toEqual([]);
  });

  test('"has long said": "long" is no source, the name before it is (NYT, 12 Apr 2016)', () => {
    const text =
      "Ryan has long said that he will support the party's nominee, even as he has taken frequent shots at Mr. Trump's comments.";
    expect(statements(text).map((a) => a[0])).toEqual(['Ryan']);
  });

  test('an age after an inverted name, and a relative unnamed (NYT and AP in compare-dev d34, d30)', () => {
    const age =
      'The seemingly constant presence of the police in the lives of many youths — both on the street and, increasingly, monitoring conversations on social media — has left many feeling suffocated, said Shanduke McPhatter, 35, an ex-gang member who works with young men in the neighborhood.';
    expect(speakerRoles(age)).toEqual([['Shanduke McPhatter', 'Shanduke McPhatter', null]]);
    const girlfriend = 'The driver, who was black, had seethed with a sense of racial injustice in his job, said his girlfriend.';
    expect(extractClaims(girlfriend).attributions.map((a) => [a.speaker, a.resolution, a.content])).toEqual([
      ['his girlfriend', 'unresolved', 'The driver, who was black, had seethed with a sense of racial injustice in his job'],
    ]);
  });
});

describe('the plural present after a longer subject', () => {
  test('a plural noun with its place or person after it says (Breitbart/AP, 20 Feb 2016; NYT, 23 Jun 2016)', () => {
    const aides =
      'Aides to Clinton say she’s shifting her tack toward rival Bernie Sanders with the argument that the county must tackle problems beyond income inequality and cracking down on Wall Street.';
    expect(statements(aides).map((a) => a[0])).toEqual(['Aides to Clinton']);
    const organizers =
      'But protest organizers in Cleveland say that by imposing strict rules to contain demonstrators, the city is only increasing the likelihood that unsanctioned protests will erupt, leading to violent clashes with the police or between Trump supporters and opponents.';
    expect(statements(organizers).map((a) => a[0])).toEqual(['protest organizers in Cleveland']);
  });
});

describe('a quote continued in the next paragraph', () => {
  test('a paragraph opening a quote that the one before left open continues it, same source (Breitbart, 23 Apr 2016)', () => {
    // Already read so before this change (a guard, not a fix): the paragraph convention of news quotes.
    const text =
      'In line with the majority of his fellow Americans, Republican Presidential hopeful Sen. Ted Cruz was also critical of Obama’s stance, telling Breitbart London: “President Obama’s comments today are typical of his administration, which began by returning the bust of Winston Churchill from the Oval Office.\n\n“Rather than scolding our closest allies for even considering exercising their rights as a sovereign nation, the President of the United States should look for ways to make Brexit, if it happens, an opportunity to enhance and strengthen the special relationship between our two countries.”';
    expect(statements(text).map((a) => [a[0], String(a[3]).slice(0, 30)])).toEqual([
      ['Ted Cruz', 'President Obama’s comments tod'],
      ['Ted Cruz', 'Rather than scolding our close'],
    ]);
  });
});

describe('the progressive: "is warning", "is insisting"', () => {
  test('a verb of saying after "is" says, with the subject before "is" as its source (AP via Breitbart, 1 Mar and 5 Jan 2016)', () => {
    const insisting =
      'Donald Trump is insisting that he has “expanded the Republican party,” claiming that he is responsible for higher voter turnout in the primary states.';
    expect(statements(insisting).map((a) => [a[0], a[2]])).toEqual([['Donald Trump', 'insisting']]);
    const stressing =
      'Ryan also is stressing that whatever the president does can be overturned if a Republican is elected president in November.';
    expect(statements(stressing).map((a) => [a[0], a[2], a[3]])).toEqual([
      ['Ryan', 'stressing', 'whatever the president does can be overturned if a Republican is elected president in November.'],
    ]);
  });
});

describe('a pronoun right after a noun opens a relative clause', () => {
  test('"outsiders who he said escalated tensions" has no source "blasted outsiders who he" (NYT in compare-dev d33)', () => {
    const text =
      'But City Councilman Jumaane Williams, a frequent NYPD critic, blasted outsiders who he said escalated tensions.';
    expect(statements(text).map((a) => a[0])).not.toContain('blasted outsiders who he');
    expect(statements(text).filter((a) => /outsiders/.test(String(a[0])))).toEqual([]);
  });
});

describe('after a quotation, "said" and who said it', () => {
  test('an unnamed source described in words of any kind (Politico, 17 Feb 2016 and 1 Sep 2016)', () => {
    const strategist =
      '“If anybody thinks that because they’re quote-unquote native sons, that’s impacting their ballot position in Florida, there’s no data to suggest that,” said one unaligned Florida Republican strategist. “There is no home-state advantage for either one of these guys as it is today.”';
    expect(statements(strategist).map((a) => [a[0], String(a[3]).slice(0, 30)])).toEqual([
      ['one unaligned Florida Republican strategist', 'If anybody thinks that because'],
      ['one unaligned Florida Republican strategist', 'There is no home-state advanta'],
    ]);
    const veteran =
      '“She didn’t like that,” said a 2008 Clinton veteran. “She cut down the prep time and limited the number of people who were allowed in the room after that.”';
    expect(statements(veteran).map((a) => [a[0], String(a[3]).slice(0, 21)])).toEqual([
      ['a 2008 Clinton veteran', 'She didn’t like that,'],
      ['a 2008 Clinton veteran', 'She cut down the prep'],
    ]);
  });

  test('a relative clause after the source is neither source nor content (Politico, 5 Jan 2016)', () => {
    const text =
      "“It’s going to be challenging to do it in a quick turnaround,” said a longtime GOP data expert who has worked for one of Trump's 2016 rivals.";
    expect(statements(text)).toEqual([
      [
        'a longtime GOP data expert',
        'a longtime GOP data expert',
        'said',
        'It’s going to be challenging to do it in a quick turnaround,',
      ],
    ]);
  });

  test('a quotation split by "said" and its source goes on after them (HuffPost, 7 Feb 2016)', () => {
    const text =
      '"It\'s a difficult issue," said the Florida senator, "because it puts in conflict two competing rights. On the one hand is the right of a woman to choose what to do with her body, which is a real right, and on the other hand is the right of an unborn human child to live."';
    expect(statements(text).map((a) => [a[0], String(a[3]).slice(0, 24)])).toEqual([
      ['the Florida senator', "It's a difficult issue,"],
      ['the Florida senator', 'because it puts in confl'],
    ]);
  });

  test('a participle after an unnamed source ends it (compare-dev d38)', () => {
    // "a man" is the source; what he wears is not part of it.
    const text = '"I do feel bad when I see property burned," said a man wearing ski goggles and a dark blue jacket.';
    expect(statements(text).map((a) => a[0])).toEqual(['a man']);
  });
});

describe('"according to" after an opening phrase', () => {
  test('what follows is what was said (NYT, 19 May 2016 and 10 Nov 2015)', () => {
    const addition =
      'In addition, according to the department, nearly nine million more workers who should already be eligible for overtime under the current duties test will be protected against being denied overtime illegally.';
    expect(statements(addition).map((a) => [a[0], String(a[3]).slice(0, 32)])).toEqual([
      ['the department', 'nearly nine million more workers'],
    ]);
    const heart =
      'At the heart of the trouble, according to Dennis B. Ross, another former American special envoy, was a decision by Mr. Obama that he needed to establish distance from Israel to build credibility in the Arab world.';
    expect(statements(heart).map((a) => [a[1], String(a[3]).slice(0, 30)])).toEqual([
      ['Dennis B. Ross', 'was a decision by Mr. Obama th'],
    ]);
  });
});

describe('polls, studies and records find and show', () => {
  test('a poll finds, records show: the finding is what they state (Breitbart, 20 Feb 2016 and 1 Jan 2016)', () => {
    const polls =
      'Exit polls taken in South Carolina found that about three-quarters of Republican voters support a temporary ban on Muslims who are not American citizens from entering the United States.';
    expect(statements(polls).map((a) => [a[0], a[2], String(a[3]).slice(0, 35)])).toEqual([
      ['Exit polls taken in South Carolina', 'found', 'about three-quarters of Republican '],
    ]);
    const records =
      'FEC records from the 2008 presidential election cycle show he backed both Sen. John McCain (R-AZ) and former New York City mayor Rudy Giuliani on the GOP side, and on the Democratic side Pate backed both John Edwards and Chris Dodd for president.';
    expect(statements(records).map((a) => [a[0], a[2], String(a[3]).slice(0, 20)])).toEqual([
      ['FEC records from the 2008 presidential election cycle', 'show', 'he backed both Sen. '],
    ]);
  });

  test('a person who finds something states nothing (compare-dev d28)', () => {
    expect(statements('Hiller walked to the third-floor mixing area and found four people in the break room.')).toEqual([]);
  });

  test('a statement nested at the start of what a poll found leaves it whole (compare-dev d40)', () => {
    const text =
      "An opinion poll for the respected Kathimerini newspaper found that 68 per cent of Greeks believe the government has mishandled the crisis including nearly half of respondents who voted for Mr Karamanlis' conservative party in last year's elections.";
    expect(statements(text).map((a) => [a[2], String(a[3]).slice(0, 40)])).toEqual([
      ['found', '68 per cent of Greeks believe the govern'],
      ['believe', 'the government has mishandled the crisis'],
    ]);
  });
});

describe('a quotation going on past what follows its cue', () => {
  test('a quote after a statement sharing its source continues the quote before (HuffPost, 9 Jun 2016)', () => {
    const text =
      '“Hillary is not going to be able to lead them by going for $12,” Jealous said, suggesting that a more progressive platform could help her defeat the GOP’s presumptive nominee, Donald Trump. “We have a Republican candidate who is prepared to run to the left of Hillary on trade and war. All the conversation here is about ensuring the party is in an advantageous position heading into the fall.”';
    expect(statements(text).map((a) => [a[2], String(a[3]).slice(0, 24)])).toEqual([
      ['said', 'Hillary is not going to '],
      ['suggesting', 'a more progressive platf'],
      ['said', 'We have a Republican can'],
    ]);
  });

  test('a split quote goes on past a participle after its cue (HuffPost, 20 Sep 2016, PolNeAR dev)', () => {
    const text =
      '“Every time you say that,” Tester said, referring the the 1 percent excuse, “you give ammunition to the people who want to break up the big banks.”';
    expect(statements(text).map((a) => [a[0], a[3]])).toEqual([
      ['Tester', 'Every time you say that,'],
      ['Tester', 'you give ammunition to the people who want to break up the big banks.'],
    ]);
  });
});

describe('plural subjects of other shapes say', () => {
  test('two names, a relative after a plural, people described, a share counted (Breitbart/AP, 2016)', () => {
    // AP via Breitbart, 8 Feb, 14 Apr, 18 Feb 2016; Breitbart, 23 Apr 2016.
    const names =
      'Republican presidential hopefuls Jeb Bush and Chris Christie say Florida Sen. Marco Rubio, hasn’t been tested in a way that the governors running for president have, leaving him unqualified to be president.';
    expect(statements(names).map((a) => [a[2], String(a[3]).slice(0, 20)])).toEqual([['say', 'Florida Sen. Marco R']]);
    const leaders =
      'North Carolina has faced a national backlash from gay rights groups, entertainers and business leaders who say the law unfairly targets gay and lesbian people.';
    expect(statements(leaders).map((a) => [a[0], a[3]])).toEqual([
      ['business leaders', 'the law unfairly targets gay and lesbian people.'],
    ]);
    const sources = 'Rather, sources close to her campaign say she stands fully behind President Obama’s opposition to Brexit.';
    expect(statements(sources).map((a) => a[0])).toEqual(['sources close to her campaign']);
    const share = 'Six in 10 say he’s at least somewhat decisive, after half said so in the earlier poll.';
    expect(statements(share).map((a) => [a[0], a[2]])).toEqual([
      ['Six in 10', 'say'],
      ['half', 'said'],
    ]);
  });
});

describe('a verb sharing the subject of a clause that said nothing', () => {
  test('"... and says", "..., but said": the subject opening the sentence is the source (AP via Breitbart, 8 Feb 2016; HuffPost, 8 Nov 2015)', () => {
    const says =
      'The Arizona Republican survived 5 ½ years in a Vietnamese prison and says such techniques are inhumane and compromise the nation’s values.';
    expect(statements(says).map((a) => [a[0], a[2]])).toEqual([['The Arizona Republican', 'says']]);
    const but =
      'Speaking Sunday on ABC’s “This Week,” Carson admitted that the course name that appeared in his book was inaccurate, but said his campaign had found the student newspaper article and would release it.';
    expect(statements(but).map((a) => [a[0], a[2], String(a[3]).slice(0, 16)])).toEqual([
      ['Carson', 'admitted', 'the course name '],
      ['Carson', 'said', 'his campaign had'],
    ]);
  });

  test('a subject that does not read as a source gives none (compare-dev d30)', () => {
    // Before, "police" from a sentence before was read as its source.
    const text =
      'About 100 people were at work at the plant, which makes Nabisco cookies and crackers, police said.\n\nHiller walked to the third-floor mixing area and found four people in the break room.\n\nShe had no quarrels with one woman and told her to leave.';
    expect(statements(text).filter((a) => a[2] === 'told')).toEqual([]);
  });
});

describe('asides between a name and its cue', () => {
  test('an age and a hometown with its state (USA Today, 26 Jul and 12 Jan 2016)', () => {
    const james =
      'Cory James, 22, of Flint, Mich., said he hadn\'t given up hope that Sanders could pull a convention "surprise," because he could never vote for presumptive nominee Hillary Clinton.';
    expect(statements(james).map((a) => [a[0], a[2]])).toEqual([['Cory James', 'said']]);
    const stone = 'Brianne Stone, 29, of Huntsville, Ala., says her biggest concern is global warming.';
    expect(statements(stone)).toEqual([['Brianne Stone', 'Brianne Stone', 'says', 'her biggest concern is global warming.']]);
  });

  test('a description with a figure, a relative clause with commas in it (Politico, 13 Jun and 8 Apr 2016)', () => {
    const morrell =
      'Mike Morrell, a 30-year veteran of the CIA who retired as acting director in 2013, said the simplistic approach put forward by Trump is insufficient.';
    expect(statements(morrell).map((a) => [a[1], a[3]])).toEqual([
      ['Mike Morrell', 'the simplistic approach put forward by Trump is insufficient.'],
    ]);
    const phillips =
      'Sandy Phillips, who lost her daughter Jessica Ghawi during the mass shooting in Aurora, Colorado, in July 2012, said that Sanders had treated her family disrespectfully during a phone call.';
    expect(statements(phillips).map((a) => [a[0], a[2]])).toEqual([['Sandy Phillips', 'said']]);
  });
});

describe('a participle with no source of its own', () => {
  test('its subject opening the sentence says, not the person named last (HuffPost, 10 Dec 2015)', () => {
    const text =
      'In a statement Thursday, Clinton spokesman Jesse Ferguson said, “Hillary has vocally opposed any discrimination against Muslims.”\n\nOn Wednesday, Clinton bashed Trump’s proposal to ban Muslims from coming into the country. She addressed Muslim-Americans in an email to supporters, saying that “what you’re hearing from Trump and other Republicans is absolutely, unequivocally wrong.”';
    // (Before, "saying" was given to Jesse Ferguson; "She" has no full name in this passage to resolve to.)
    expect(extractClaims(text).attributions.map((a) => [a.speakerText, a.speaker, a.cue, a.resolution])).toEqual([
      ['Jesse Ferguson', 'Jesse Ferguson', 'said', 'name'],
      ['She', 'She', 'saying', 'unresolved'],
    ]);
  });

  test('an organisation named with its small words (compare-dev d25)', () => {
    const text =
      'The Organisation for Security and Co-operation in Europe has not sent only three observers to monitor the vote, saying a genuine contest was impossible.';
    expect(statements(text).map((a) => a[0])).toEqual(['The Organisation for Security and Co-operation in Europe']);
  });
});

describe('cues read more often', () => {
  test('"pointed out" says; "pointed the gun" does not (Breitbart, 6 Feb 2016; compare-dev d28)', () => {
    const bush =
      'Jeb Bush pointed out that since Peyton Manning was supporting him in his presidential campaign, he would support the Denver Broncos.';
    expect(statements(bush).map((a) => [a[0], a[2]])).toEqual([['Jeb Bush', 'pointed out']]);
    const gun = 'She pointed the gun at two unarmed security guards and ordered them to let her back in the building.';
    expect(statements(gun)).toEqual([]);
  });

  test('"according to law enforcement officials" names who said it (NYT, 9 Dec 2015)', () => {
    const text =
      'According to law enforcement officials, the Facebook account that Ms. Malik used was linked to an email account she had used for many years.';
    expect(statements(text).map((a) => [a[0], String(a[3]).slice(0, 20)])).toEqual([
      ['law enforcement officials', 'the Facebook account'],
    ]);
  });

  test('a day’s name before "states" makes it a noun (Politico, 9 Feb 2016)', () => {
    const text =
      'Bernie Sanders’ campaign has reserved time for television advertisements in at least four Super Tuesday states, according to media buying sources.';
    expect(statements(text).map((a) => [a[0], a[2]])).toEqual([['media buying sources', 'according to']]);
  });
});

describe('small words between a source and its cue', () => {
  test('"Murphy, though, said" (Politico, 23 May 2016)', () => {
    const text = 'Murphy, though, said he’s with former secretary of state Hillary Clinton, who he’s supporting in the primary.';
    expect(statements(text).map((a) => [a[0], a[2]])).toEqual([['Murphy', 'said']]);
  });

  test('"Trump further summed up ... and said": an adverb is no part of the subject (Western Journal, 12 Dec 2015)', () => {
    const text =
      'Trump further summed up Clinton as “terrible,” denounced her record as secretary of state and said she should not even be allowed to run for office due to the email scandal engulfing her.';
    expect(statements(text).map((a) => [a[0], a[2], String(a[3]).slice(0, 25)])).toEqual([
      ['Trump', 'said', 'she should not even be al'],
    ]);
  });
});

describe('"states" is the noun unless what is stated follows', () => {
  test('"Rust Belt states Indiana, ...", "the two states that lead off ..." state nothing (Washington Post, 7 Sep 2016; USA Today, 27 Nov 2015)', () => {
    const rust =
      "Back in 1988, Rust Belt states Indiana, Michigan, Ohio and Pennsylvania all supported Bush, but Democrats' strength grew in these states over the years, and Obama won all but Indiana in 2008.";
    expect(statements(rust)).toEqual([]);
    const two =
      "About 70% of the candidate-focused ads reserved in December and January in the two states that lead off the GOP nomination battle come from super PACs or other candidate-aligned political groups that can raise unlimited sums, tallies by Kantar Media's Campaign Media Analysis Group and other trackers show.";
    expect(statements(two).filter((a) => a[2] === 'states')).toEqual([]);
  });
});

describe('"pledged delegates" are a kind of delegate', () => {
  test('nobody pledges anything (HuffPost, 9 Jun 2016)', () => {
    expect(statements('The figures include pledged delegates and superdelegates.')).toEqual([]);
  });
});

describe('a place, a time or an aside after the cue is not what was said', () => {
  test('a quotation before the cue is what was said, not "at Mr. Trump\'s rally" after it (NYT, 18 Feb 2016)', () => {
    const text =
      "''He says what everyone else wants to say but they're too scared to say,'' Steve Moody, a small-business owner, said at Mr. Trump's rally on Tuesday.";
    expect(statements(text).filter((a) => a[2] === 'said')).toEqual([
      [
        'Steve Moody, a small-business owner',
        'Steve Moody',
        'said',
        "He says what everyone else wants to say but they're too scared to say,",
      ],
    ]);
  });

  test('"accused of ..." after a noun is no statement of the noun (compare-dev d40)', () => {
    const text =
      'The officer accused of shooting him in the back of the head was initially convicted of murder but was later found innocent after an appeal.';
    expect(statements(text)).toEqual([]);
  });
});

describe('the plural present after subjects of other shapes', () => {
  // [outlet and date, passage as published, source as written, what was said]
  test.each([
    [
      'NYT, 23 Apr 2016: a word between the subject and its verb',
      "Outside experts also say the countries' bare-bones plans are still far from enough to keep global warming to tolerable levels.",
      'experts',
      "the countries' bare-bones plans are still far from enough to keep global warming to tolerable levels.",
    ],
    [
      'HuffPost, 23 Mar 2016: a time between them',
      'Clinton defenders today argue that this was the best anyone could have done.',
      'Clinton defenders',
      'this was the best anyone could have done.',
    ],
    [
      'Politico, 11 Jul 2016: an aside between commas',
      'The two lawmakers, however, argue that there is precedent for prosecution.',
      'The two lawmakers',
      'there is precedent for prosecution.',
    ],
    [
      'Politico, 26 May 2016: a share set off by commas, with its figure',
      'Just over a quarter, 26 percent, say they will vote for someone else.',
      '26 percent',
      'they will vote for someone else.',
    ],
    [
      'USA Today, 16 Mar 2016: "those surveyed"',
      'By big margins, those surveyed say the economy should be the first priority for the next president.',
      'those surveyed',
      'the economy should be the first priority for the next president.',
    ],
    [
      'NYT, 31 Aug 2016: "note"',
      'But experts note that despite the new limits, there are still lots of new coal-fired generators being built.',
      'experts',
      'despite the new limits, there are still lots of new coal-fired generators being built.',
    ],
    [
      'Washington Post, 1 Aug 2016: "indicate"',
      'Indeed, statistics indicate that Democratic voters are already more diverse than Republican voters.',
      'statistics',
      'Democratic voters are already more diverse than Republican voters.',
    ],
    [
      'NYT, 16 Mar 2016: "they write," as an aside',
      'Even at best, they write, the transformation of banking and finance has produced nothing of value.',
      'they',
      'the transformation of banking and finance has produced nothing of value.',
    ],
  ])('%s', (_, text, source, content) => {
    expect(statements(text).map((a) => [a[0], a[3]])).toEqual([[source, content]]);
  });

  test('"I write this because ..." writes a thing (USA Today, 3 Oct 2016, PolNeAR dev)', () => {
    expect(statements('Nonetheless, I write this because I am intimately acquainted with those who are not sensible.')).toEqual(
      [],
    );
  });
});

describe('who said it, written after the cue', () => {
  // [outlet and date, passage as published, [source as written, speaker, what was said]]
  test.each([
    [
      'Washington Post, 8 Nov 2015: a description in lower case before the name, after a quotation',
      '"It\'s Cuba\'s best role and just tells you everything about why Dr. Carson is special," said conservative activist Bob Klaus, who is not affiliated with a candidate.',
      ['Bob Klaus', 'Bob Klaus', "It's Cuba's best role and just tells you everything about why Dr. Carson is special,"],
    ],
    [
      'Politico, 13 Jun 2016: a rank between the description and the name; the quote opened “ and closed "',
      '“I fundamentally disagree," said retired Army Lt. Gen. Mick Bednarek, who served as the chief U.S. military adviser in Iraq from 2013 to 2015.',
      ['Mick Bednarek', 'Mick Bednarek', 'I fundamentally disagree,'],
    ],
    [
      'Politico, 15 Dec 2015: a quotation closed with an opening mark',
      "“It's unusual,“ said Larry Noble, an attorney with the Campaign Legal Center.",
      ['Larry Noble, an attorney with the Campaign Legal Center', 'Larry Noble', "It's unusual,"],
    ],
    [
      'Politico, 23 Sep 2016 (PolNeAR dev): a person counted after a comma, with no quotation (was: the clause as source)',
      "Kadzik's refusal to answer fully did not go over well with Republicans, and the meeting deteriorated from there, said one GOP source in the room.",
      [
        'one GOP source',
        'one GOP source',
        "Kadzik's refusal to answer fully did not go over well with Republicans, and the meeting deteriorated from there",
      ],
    ],
    [
      'HuffPost, 1 Feb 2016: "said several observers" (was: "anyone else" as source)',
      'Obama’s rise may have been more surprising to the black community than to anyone else, said several observers.',
      [
        'several observers',
        'several observers',
        'Obama’s rise may have been more surprising to the black community than to anyone else',
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(statements(text).map((a) => [a[0], a[1], a[3]])).toEqual([expected]);
  });

  test('"..., said many of the examples that ..." is what was said, not who (Washington Post, PolNeAR dev)', () => {
    const text =
      'Angelique Brunner, a Washington-based developer and spokeswoman for the EB-5 Investment Coalition, which is made up of investors and developers, said many of the examples that critics point to as EB-5 investments in upscale areas failed to note that the program helped transform places that were previously economically depressed.';
    expect(statements(text).filter((a) => a[0] === 'many')).toEqual([]);
    // (compare-dev d34: "many factors could explain ..." has a verb: what was said.)
    const cerar =
      'John C. Cerar, the former commander for firearms training at the Police Department, said many factors could explain the wounds to the front and back of Mr. Gray’s body.';
    expect(statements(cerar).map((a) => [a[1], a[3]])).toEqual([
      ['John C. Cerar', 'many factors could explain the wounds to the front and back of Mr. Gray’s body.'],
    ]);
  });
});

describe('sources of other shapes before the cue', () => {
  test('a plural title names a source, and the subject ends at its verb (Washington Post, 16 Jan 2016)', () => {
    const text =
      'Other former CIA officers with no direct knowledge of the case but with experience in war zones chafed at such second-guessing and said seeking reinforcements was the right course.';
    expect(statements(text).map((a) => [a[0], a[3]])).toEqual([
      ['Other former CIA officers', 'seeking reinforcements was the right course.'],
    ]);
  });

  test('a possessive written with the apostrophe alone: the campaign said, not Sanders (Breitbart, 20 Feb 2016)', () => {
    const text =
      'Bernie Sanders’ campaign says it raised more than $21 million in January, bringing its total for the campaign to almost $95 million.';
    expect(statements(text).map((a) => [a[0], a[1]])).toEqual([['Bernie Sanders’ campaign', 'Bernie Sanders’ campaign']]);
  });

  test('a title in the subject is no verb, and "That’s the ..." is no subject (West Journal, 10 Mar 2016; Politico, 5 Jul 2016)', () => {
    const press = 'Rubio press secretary Brooke Sammon gave it the old college try, though, tweeting the following:';
    expect(statements(press).map((a) => a[1])).toEqual(['Brooke Sammon']);
    const consensus =
      'That’s the consensus of experts in national security law, who weren’t surprised that the FBI isn’t recommending an indictment for Hillary Clinton and her staff related to her use of a private email server, saying such a move would have set a bold new standard for such cases.';
    expect(statements(consensus).map((a) => a[0])).not.toContain('That’s the');
  });
});

describe('"she continued," before a quotation', () => {
  test('a comma, then the quotation, after "continued" (Western Journal, 23 Sep 2016, PolNeAR dev)', () => {
    const text =
      'She continued, “For us, the 9/11 families and survivors, all we are asking for is an opportunity to have our case heard in a courtroom. Denying us justice is un-American.”';
    expect(statements(text).map((a) => [a[0], a[2]])).toEqual([['She', 'continued']]);
  });
});

describe('an aside of two words between a source and its verb', () => {
  test('"for instance" between commas is no source (Washington Post, 7 Sep 2016)', () => {
    const text =
      "Legislative leaders in North Carolina, for instance, noted that the three-judge panel that ruled that the state's law intentionally discriminated was composed of judges nominated to the court by Democratic presidents.";
    expect(statements(text).map((a) => a[0])).toEqual(['Legislative leaders in North Carolina']);
  });

  test('"in fact" before the verb is no source (Politico, 29 Jan 2016)', () => {
    const text =
      'And, while Trump boasts that he doesn’t have a super PAC and is not beholden to big donors who fund such vehicles, a trio of PACs have in fact reported spending $513,000 supporting him.';
    expect(statements(text).map((a) => a[0])).toContain('a trio of PACs');
  });
});

describe('a verb of saying opening its sentence, its source after it', () => {
  test('"Said Dorothy Poynter, who ..., “...”" (AP via Breitbart, 5 Jun 2016)', () => {
    const text =
      'The small pink home on Grand Avenue was recently renovated and turned into a museum. Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”';
    expect(statements(text)).toEqual([['Dorothy Poynter', 'Dorothy Poynter', 'Said', 'We were all so proud of him.']]);
  });

  test('"Stated Stone:" ending its paragraph, and "Continued Stone: “...”" (Breitbart, 8 Aug 2016)', () => {
    // (Two passages of the article, each as published; the quote after "Stated Stone:" cut to its first sentence.)
    const text =
      'Stone was speaking in an interview on this reporter’s talk radio program, “Aaron Klein Investigative Radio,” broadcast on New York’s AM 970 The Answer and NewsTalk 990 AM.\n\nStated Stone:\n\n“I think that the stakes are so high – and Donald Trump has made it pretty clear that if he is elected president he will seek the prosecution of Bill, Hillary, and Chelsea – that they would do anything necessary to remain in power.”\n\nContinued Stone: “So I think it’s a very real problem.”';
    expect(statements(text).map((a) => [a[0], a[2]])).toEqual([
      ['Stone', 'Stated'],
      ['Stone', 'Continued'],
    ]);
  });
});

describe("quotation marks typed as two apostrophes, as The New York Times's archive text writes them", () => {
  test("a quote in '' marks, before and after its cue (New York Times, 30 Sep 2016, in PolNeAR dev)", () => {
    const text =
      "Vice President Joseph R. Biden Jr. responded to Mr. Trump's debate interjection that not paying taxes made him ''smart.''\n\n" +
      "''Tell that to the janitor in here who's paying taxes,'' Mr. Biden said. ''Tell that to your mothers and fathers who are breaking their neck to send you here who are paying their taxes.''";
    expect(statements(text).filter((a) => a[2] === 'said')).toEqual([
      ['Biden', 'Joseph R. Biden Jr.', 'said', "Tell that to the janitor in here who's paying taxes,"],
      [
        'Biden',
        'Joseph R. Biden Jr.',
        'said',
        'Tell that to your mothers and fathers who are breaking their neck to send you here who are paying their taxes.',
      ],
    ]);
  });

  test('a quote closed before the words it runs into (New York Times, 16 Sep 2016, in PolNeAR dev)', () => {
    const text =
      "''I have admiration for the mechanics'' of the Clinton proposals, Mr. Holtz-Eakin said. ''They're more detailed and structured than Trump's.''";
    expect(statements(text)[0]).toEqual([
      'Holtz-Eakin',
      'Holtz-Eakin',
      'said',
      "''I have admiration for the mechanics'' of the Clinton proposals",
    ]);
  });
});
