/**
 * Word lists of the rule-based term extractor. English: function words, pronouns, auxiliaries,
 * and the verbs, adverbs and generic nouns that every abstract uses ("study", "results", "show",
 * "propose" ...), so they split candidate phrases instead of becoming terms.
 */

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** English stop words: a token in this set ends the current candidate phrase. */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = words(`
a about above across after afterwards again against all almost alone along already also although always am among amongst an and
another any anybody anyhow anyone anything anyway anywhere are around as at be became because become becomes becoming been before
beforehand behind being below beside besides between beyond both but by can cannot could did do does doing done down due during
each either else elsewhere enough etc even ever every everyone everything everywhere except few for former formerly from
further furthermore had has have having he hence her here hereafter hereby herein hers herself him himself his how however i ie
eg if in indeed into is it its itself just last latter latterly least less let lets like likely may me meanwhile might mine
more moreover most mostly much must my myself namely neither never nevertheless next no nobody none noone nor not nothing now
nowhere of off often on once one only onto or other others otherwise our ours ourselves out over own per perhaps please
quite rather re same seem seemed seeming seems several she should since so some somehow someone something sometime sometimes
somewhere still such than that the their theirs them themselves then thence there thereafter thereby therefore therein
thereupon these they this those though through throughout thru thus to together too toward towards under unless until up
upon us very via was we well were what whatever when whence whenever where whereafter whereas whereby wherein whereupon
wherever whether which while whither who whoever whole whom whose why will with within without would yet you your yours
yourself yourselves versus vs and/or i.e e.g cf et al ii iii iv
zero two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion
firstly secondly thirdly finally lastly additionally
accept accepted achieve achieved achieves achieving address addressed addresses addressing adopt adopted aim aimed aiming aims
allow allowed allowing allows analyse analysed analysing analyze analyzed analyzing apply applied applies applying
approach approaches argue argued assess assessed assesses assessing base based become becomes believe belong bring brings
carried carry carrying caused choose chose chosen combine combined come comes compare compared compares comparing concern concerned
conclude concluded concludes conclusion conclusions conduct conducted conducting consider considered considering considers
contain contained containing contains contribute contributed contributes contributing demonstrate demonstrated demonstrates
demonstrating describe described describes describing designed determine determined develop developed developing develops
discuss discussed discusses discussing employ employed enable enabled enables enhance enhanced ensure ensures establish established
evaluate evaluated evaluates evaluating examine examined examines examining exist exists explore explored explores exploring
find finding findings finds found get gets give given gives giving go goes going gone got help helps highlight highlighted
highlights identified identifies identify identifying illustrate illustrated implement implemented improve improved improves
include included includes including increase increased increases indicate indicated indicates indicating investigate investigated
investigates investigating involve involved involves involving keep kept know known lack lacks lead leads led made make makes
making mean means need needed needs note noted noting observe observed obtain obtained occur occurred occurs offer offered offers
present presented presents propose proposed proposes proposing provide provided provides providing put reach reached reveal
revealed reveals see seen select selected shown show showed showing shows suggest suggested suggesting suggests take taken takes
taking tend tends tested tests use used uses using utilize utilized utilizing yield yields regarding according following
related relating concerning despite overall particular particularly especially generally mainly respectively significantly
highly relatively approximately finally recently currently previously therefore thereby additionally whereas among amongst
study studies paper papers article articles result results method methods methodology methodologies work works research
purpose purposes objective objectives aim background introduction abstract author authors literature
finding evidence case cases number numbers total type types kind kinds way ways example examples instance instances
aspect aspects issue issues part parts order role roles use term terms year years addition
respect basis context contexts extent new different various main important significant high higher
low lower large larger small smaller many much other further first second third key major specific current recent existing
possible potential relevant general good better best great greater certain common similar same whole present previous able
unable little less least last latter lot lots nowadays today yes however e g i e
adapting predicting improving detecting challenging learn learns outperform outperforms outperformed outperforming recover
define defines defining operationalise operationalize perform performs performing reduce reduces reducing deal deals
affect affects compute computes predict predicts detect detects classify classifies classifying require requires requiring
`);

/**
 * Adjective-like fillers that may sit inside a phrase ("new product development") but never begin
 * or end a term: "new" in "new approach" says nothing about the topic.
 */
export const PHRASE_EDGE_FILLERS: ReadonlySet<string> = words(`
new different various several main important significant high low large small many other further first second third
key major specific current recent existing possible potential relevant general good better best great greater certain
common similar same whole present previous novel additional available appropriate effective efficient essential
particular prior real recent related respective strong such total typical useful usual valuable wide overall
crucial emerging entire extensive given growing increasing numerous poor positive negative primary promising proper
rapid remarkable selected simple substantial successful sufficient suitable thorough underlying unique wider
`);

/**
 * Adjectives that may begin a term ("social network", "deep learning") but not end one: alone or
 * last they describe nothing.
 */
export const PHRASE_END_ADJECTIVES: ReadonlySet<string> = words(`
social economic environmental political cultural technical medical clinical physical financial digital natural adaptive
qualitative quantitative systematic critical resilient deep comparative traditional accurate urban rural public private
global local national international regional spatial temporal statistical empirical theoretical conceptual practical
organizational organisational institutional structural functional computational experimental biological chemical
ecological mental emotional behavioral behavioural cognitive socio-economic socioeconomic multiple single complex robust
time-consuming cost-effective large-scale long-term short-term real-time future
`);

/**
 * Words that look like adverbs ("-ly") or adjectives ("-ous", "-ful", "-less", "-able", "-ible")
 * but are nouns and may end a term.
 */
export const SUFFIX_EXCEPTIONS: ReadonlySet<string> = words(`
family supply italy july assembly anomaly monopoly reply apply rely ally butterfly polypoly rally tally ply
jelly belly holly lily bully firefly dragonfly multiply comply oligopoly homily fly
variable variables table tables cable cables vegetable vegetables syllable syllables timetable timetables deliverable
deliverables stakeholder receivable receivables payable payables constable bible bibles
`);

/** Chinese stop words (function words and the generic vocabulary of Chinese abstracts). */
export const CHINESE_STOP_WORDS: ReadonlySet<string> = words(`
我们 本文 本研究 研究 结果 表明 方法 通过 进行 以及 可以 基于 提出 采用 利用 一个 一种 这些 这个 那些 其中 因此 但是
然而 并且 而且 对于 关于 由于 作为 具有 没有 不同 主要 目的 结论 背景 发现 显示 认为 之间 方面 已经 还是 或者 如果
所以 因为 虽然 同时 此外 另外 目前 根据 随着 使用 得到 实现 相关 重要 以上 以下 包括 不仅 而是 就是 也是 可能 需要
能够 应该 已有 现有 文章 论文 摘要 关键词 他们 它们 自己 什么 怎么 如何 为了 并非 以及 从而 进而 一些 各种 许多
很多 非常 比较 更加 已经 仍然 其他 其它 这种 那种 该文 文中 旨在 意义 结果显示 研究表明 版权所有
`);

/** Chinese characters that never begin or end a character bigram in the fallback (particles, prepositions). */
export const CHINESE_STOP_CHARS: ReadonlySet<string> = new Set([...'的了是在和与及或等也都而之为对从以于这那其被把并就所将向由']);
