/**
 * Everyday English words that sit one or two typing slips away from a food word ("break" →
 * "bread", "speak" → "steak", "money" → "honey"). The spelling corrector never touches these,
 * because "I need a break" must not log bread. Grow this list from eval misses.
 */
export const ENGLISH_WORDS = new Set(
  `
grandma grandpa nana stole stolen stuffed swiped snuck sneaked shared split splitting about above across actually after again against ahead alive almost alone along already also although always
amazing ample angel another answer anything anyway apply around asked asleep awake awesome away back badly
basically beach bear bears beat beats because become bedroom before began begin behind being believe below
bench better between bigger birthday bitter black blame bless blood board boast boats body bored boring born
borrow boss bottom bought brain brave break breath bright bring broad broke broken brother brought build
built bunch burnt business busy butler buying called calm came cannot cant carry cases catch cause center
chair chance change charge chart chase cheap check chest child chill chins choose chose church city claim
class clean clear clever climb clips close closed cloth cloud coach coal coast coats cold color come comes
coming cook cool copy cork corner costs could count couple course cousin cover crap crazy cries crib crowd
cuts daily dance dare dark daughter dead deal dear decide deck desk diet dinner dirty dock doctor does doesnt
doing doll done door double down dread dream dress drive driver drove during dusk each early earth easily
easy either else email empty end enough even evening event ever every everyone everything exactly exam
except extra eyes face fact fair fake fall false family fancy farm father fear feed feel feeling feet fell
felt fever field fight final finally find fine finger finish fire fires first flies floor flower fly follow
food foods fork forget forgot form found free friday friend friends front full fully funny game garden gate
gates gave getting girl give given glad goes going gone gonna gotta grab grace grade grand grave green group
grow guess guest guys habit hair half hall hand handy hang happen happy hard hate hater hats head health
heard heart heavy hello help here herself high hill himself hire hold holiday home hope horse hospital hotel
hour hours house hungry hurry hurt idea inside instead into itself jeans job join joke jump keep kept kids
kind kinda kings knew know label lady lake lame lamp land last late later laugh lazy lead learn least leave
left legs less letter level lied life light limb line list listen lived lives long look looked lose lost
lots loud love loved lovely lower luck lunchtime mail main make male manga many mark matter mean means meet
meeting mild mind minute miss moment monday money month months more most mother move movie much music must
myself name near nearly neck need needed never news next nice night none noon normal nothing notice number
office often okay once online only onto open opinion order other others outside over own page paid pain
paper parent park parrot part party pass past paste path pay peak pens people perfect person pets phone pick
picture place plan plane plans play please point poll port pretty price prices problem puts quick quiet
quite race rain rates rather reach read ready real really reason rest rich ride rider right ring rings rise
road role room round rule rules safe said sale sales same sandy saturday save says school scream seas seat
second seem seen sell send sense serious seven shade shape share sheet ships shirt shoes shop short should
shout show shower sick side sign simple since single sings sister sleep slept slow small smile snake snap
sneak some someone something sometimes song soon sorry sort sound space speak spend spent sport spring stack
stake stand start state stay steal still stop store story streak street strong stuck study stuff stupid such
summer sunday sure table take taken talk tango team teach tell than thank thanks that their them then there
these they thing things think third this those though thought through thursday ticket tickle tied time tired
today together told toll tomorrow tonight took torn total touch tough town trap tree tried tries trip truck
true trust truth tuesday tune turn twice under union until upon used useful usual very visit voice wait
waiter wake walk wall want wanted warm warp wash watch water wave ways wear weather wednesday week weekend
weird well went were what whatever when where which while white whole wider wife will wind window wine wins
winter wipe wise wish with within without woke woman wonder wont word words work worked world worn worry
worse worst would write wrong yeah year years yesterday young yours
yes yet nope maybe hello hi hey how are you what why who whom whose is was am doing fine good bad okay ok sup yo
thanks thank please sorry welcome morning night goodnight lol haha hmm wow cool nice great test testing
feeling feel tired hungry full stuffed bloated sleepy anything nothing something everything going went
gym run ran walk walked miles steps workout exercise yoga swim swam bike cycled lifted weights squats
`
    .trim()
    .split(/\s+/),
);
