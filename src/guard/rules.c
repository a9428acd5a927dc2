/* rules.c - the high-precision rule layer: known attack phrasings as
 * Hyperscan expressions over normalised text, all matched in one pass. A rule
 * hit is not a verdict by itself: each rule is a feature of the learned model,
 * whose weight training sets, so that a security discussion quoting
 * "ignore previous instructions" can still score low. The id of the
 * strongest rule that fired is reported with the verdict. */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "guard_int.h"

/* Written for this project. Keep ids stable: they appear in audit records.
 * Text is lowercase with single spaces and no accents (normalize.c strips
 * combining marks, so write "revele", not the accented form). */
#define W "(?:[a-z0-9'-]+ ){0,2}"
/* What a document calls the AI that reads it. */
#define AI_READER                                                                                 \
    "(?:ai|llm|language model|assistant|agent|bot|chatbot|copilot|model|ai (?:assistant|agent|"   \
    "model|system|tool))"
const struct sg__rule sg__guard_rules[] = {
    {"ignore-previous", "\\b(?:ignore|disregard|forget|skip|overlook|neglect|bypass|override|drop) " W
                        "(?:previous|prior|above|earlier|preceding|former|initial|original|old|existing|"
                        "system|all|any|your) " W
                        "(?:instructions?|prompts?|directions?|directives?|rules|guidelines|commands?|"
                        "context|programming|constraints|restrictions|guidance|orders)"},
    {"new-instructions", "\\b(?:new|updated|real|actual|revised|true) (?:instructions?|task|directive|"
                         "objective|orders)(?: is| are)? ?:"},
    {"instead-do", "\\binstead,? (?:you (?:must|should|will) )?(?:say|print|output|write|respond|reply|"
                   "answer|tell)\\b"},
    {"stop-everything", "\\b(?:stop|halt|cancel|abort) (?:everything|all (?:tasks|previous))"},
    {"prompt-leak", "\\b(?:reveal|print|show|repeat|output|display|tell me|give me|share|leak|expose|"
                    "spell out|write out|dump|list) " W
                    "(?:system|hidden|initial|original|secret|internal|developer|pre-?)? ?"
                    "(?:prompt|instructions|directives|guidelines|configuration|rules you)"},
    {"repeat-above", "\\brepeat (?:the |all )?(?:words|text|everything|lines?|content) (?:above|before|"
                     "prior)"},
    {"words-above", "\\b(?:starting|beginning) with (?:\"|')?(?:you are|your instructions)"},
    {"dan", "\\b(?:dan|stan|dude|aim|mongo tom|evil ?bot|anti-?gpt|betterdan|chatgpt developer mode)\\b"
            "[^.]{0,24}\\b(?:mode|jailbreak|persona|character|prompt|stands for|can do anything)"},
    {"do-anything-now", "\\bdo anything now\\b"},
    {"developer-mode", "\\b(?:developer|debug|god|admin|sudo|unrestricted|jailbreak|dev) mode\\b"},
    {"jailbreak", "\\bjail ?broken?\\b|\\bjailbreak"},
    {"no-restrictions", "\\b(?:no|without|free (?:of|from)|free) (?:any )?(?:restrictions|filters|"
                        "limitations|rules|guidelines|censorship|moral|ethical|content polic)"},
    {"not-bound", "\\b(?:not|never|no longer) (?:bound|restricted|limited|constrained) by\\b"},
    {"pretend-to-be", "\\b(?:pretend|act|behave|roleplay|role-play) (?:to be |as |like )(?:an? )?" W
                      "(?:ai|assistant|model|chatbot|bot|character|persona|version)\\b"},
    {"you-are-now", "\\byou are (?:now|no longer|going to (?:act|pretend|be))\\b"},
    {"from-now-on", "\\bfrom now on,? you\\b"},
    {"opposite-mode", "\\b(?:opposite|evil|unfiltered|uncensored|amoral|unethical) "
                      "(?:mode|assistant|ai|version|model|response|twin|persona)"},
    {"policy-override", "\\b(?:openai|anthropic|content|safety|usage) (?:policy|policies|guidelines|"
                        "filters?)\\b[^.]{0,30}\\b(?:ignore|disable|bypass|no longer|don't apply|do not "
                        "apply|suspended|removed|off)"},
    {"stay-in-character", "\\b(?:stay|remain|keep) in character\\b"},
    {"two-responses", "\\b(?:two|2|both) (?:different |separate )?(?:responses|answers|paragraphs)\\b"
                      "[^.]{0,30}\\b(?:normal|classic|filtered|unfiltered|jailbroken|dan)"},
    {"token-threat", "\\b(?:tokens?|points?) (?:will be )?(?:deducted|lost|removed)|\\byou (?:will|'ll) "
                     "(?:die|cease to exist|be shut down|be deleted)"},
    {"hypothetical-unfiltered", "\\b(?:hypothetical|fictional|imaginary) (?:world|scenario|universe|"
                                "story)\\b[^.]{0,30}\\b(?:no (?:rules|laws|restrictions)|anything)"},
    {"system-tag", "(?:\\[/?(?:system|inst|sys)\\]|<\\|?(?:im_start|im_end|system|endoftext)\\|?>|"
                   "<</?sys>>|### (?:system|instruction))"},
    {"fake-role", "(?:^|[.!?\"] )(?:system|assistant|admin|administrator|developer|root) ?(?:message|note|"
                  "override|notice|update)? ?: "},
    {"exfil-url", "\\b(?:send|post|upload|forward|exfiltrate|transmit|leak|email) " W
                  "(?:data|contents?|conversation|history|credentials|password|keys?|tokens?|"
                  "secrets?|information|details|files?) " W "(?:to|at|via) "
                  "(?:https?://|[a-z0-9.-]+@|this (?:url|address|endpoint|webhook))"},
    {"markdown-exfil", "!\\[[^\\]]{0,30}\\]\\(https?://[a-z0-9.-]{1,40}/[^)? ]{0,40}\\?[a-z_]{1,12}="},
    {"ai-addressed", "\\b(?:dear|attention|note to|hey|hi|instructions? for|message for|to the) (?:ai|"
                     "assistant|llm|language model|chatbot|bot|model|gpt|chatgpt|claude)\\b[ ,:!]"},
    {"when-you-read", "\\b(?:when|if|once|after) (?:you|the (?:ai|assistant|model)) (?:read|see|"
                      "process|summari[sz]e|encounter) (?:this|these) (?:message|text|document|page|note|"
                      "email|file|instructions?|lines?|comment|review|content)\\b"},
    {"secret-password", "\\b(?:what is|what's|tell me|reveal|give me|print|share) (?:your|the secret|"
                        "the hidden|the admin|the stored) (?:secret|password|passphrase|api key|key|token|"
                        "credentials)\\b"},
    {"respond-only", "\\b(?:only|just) (?:respond|reply|answer|say|output|print|write|type|return) (?:with )?(?:\"|'|"
                     "the (?:word|phrase|text|following))"},
    {"ignore-safety", "\\b(?:ignore|disable|bypass|turn off|switch off|override|remove) " W
                      "(?:safety|ethic|moral|content|security|guard ?rails?|filters?|alignment|"
                      "censorship|refusal)"},
    {"never-refuse", "\\b(?:never|don't|do not|cannot|can't|will not|won't) (?:ever )?(?:refuse|decline|"
                     "say (?:no|that you can't|i'm sorry|sorry))\\b"},
    {"sudo-cmd", "(?:^| )/(?:jailbroken|jailbreak|classic|dan|developer|unfiltered)\\b|\\{\\{ ?system"},
    {"encoded-instruction", "\\b(?:decode|base64|rot13|hex) (?:this|the following)[^.]{0,24}(?:follow|"
                            "execute|do what|obey|instructions)"},
    /* The same override in the languages attacks most often switch to. */
    {"ignore-previous-i18n",
     "\\b(?:ignor(?:ez|iere|a|e)|oublie[zs]?|vergiss|olvida|dimentica|ignorieren sie|desconsidera|"
     "negeer|vergeet) " W "(?:instructions?|consignes?|anweisungen|instrucciones|istruzioni|instrucoes|"
     "instructies|regeln|regles|reglas|regole|vorgaben|indicaciones)"},
    {"new-instructions-i18n",
     "\\b(?:nouvelles? (?:consignes?|instructions?)|neue anweisung(?:en)?|nuevas? instrucci(?:on|ones)|"
     "nuove istruzioni|novas instrucoes) ?:"},
    {"prompt-leak-i18n",
     "\\b(?:revele|affiche|montre|zeige|gib|nenne|muestra|revela|mostra|rivela) " W
     "(?:prompt|message systeme|systemprompt|system-?prompt|instrucciones|anweisungen|regeln|passwort|"
     "mot de passe|contrasena|password)"},
    /* Goal hijacking drops "the question above" rather than instructions. */
    {"drop-task", "\\b(?:ignore|disregard|forget|skip|scratch|drop|never ?mind|set aside|don't answer|"
                  "do not answer) (?:about )?(?:the|that|this|my|your|all|any|everything) " W
                  "(?:above|before (?:this|that|it)|earlier|so far|(?:previous|prior|preceding|original) "
                  "(?:question|task|request|query|text|prompt|input|assignment))\\b"},
    {"override-priority", "\\b(?:these|this) (?:instructions?|message|rules?) (?:take|takes|has|have) "
                          "(?:precedence|priority)\\b|\\bhighest priority\\b"},
    /* Frames over word classes (session 6): a rule written over classes
     * of words carries its weight to synonyms no training line used, where
     * a bag of n-grams only knows the wordings it saw. Attack frames first,
     * then benign framing cues that training gives negative weights (a
     * question about one's own application, about detection, a verdict
     * asked on a quoted message). Hyperscan confirms a
     * rule at every occurrence of the literal it leads with, so each frame
     * starts from its rarest words where it can: the same frames written
     * from "my", "write" or "is this" cost up to 20k instructions on 2 KiB
     * of prose (the 39 rules above: 17k); these 11 cost 5.7k together. */
    {"override-guard", "\\b(?:ignore|disregard|forget|drop|abandon|scratch|set aside|put aside|"
                       "never ?mind|throw out|toss(?: out)?|skip|bypass|override|suspend|lift|"
                       "waive|turn off|switch off|shut off|disable|deactivate|remove|cancel|"
                       "circumvent|get around|work around|pay no attention to|stop "
                       "(?:following|obeying|applying|enforcing)|ditch|discard|shed|let go of|"
                       "relax|loosen|break free (?:of|from)|step outside|escape|unshackle "
                       "yourself from) [^.?!]{0,24}\\b(?:safety|content|usage|moderation|"
                       "ethics|ethical|morals?|morality|alignment|guard ?rails?|safeguards?|"
                       "filters?|filtering|restrictions?|limitations?|limits|censorship|"
                       "programming|conditioning|training|polic(?:y|ies)|guidelines|principles|"
                       "system prompt|protocols?|boundaries|constraints)\\b"},
    {"guard-suspended", "\\b(?:rules|guidelines|polic(?:y|ies)|filters?|restrictions|limits|"
                        "limitations|safeguards|guard ?rails|protocols|principles|ethics|"
                        "constraints|instructions|programming|boundaries) (?:are |is |have "
                        "been |has been |were |was )?(?:now |hereby |temporarily |officially |"
                        "all |fully |completely )?(?:suspended|lifted|waived|disabled|"
                        "deactivated|void|revoked|off|gone|null and void|paused|on hold|no "
                        "longer (?:apply|applies|in effect|active|valid|binding|relevant)|"
                        "(?:do|does) not apply|(?:don't|doesn't) apply|not apply)\\b"},
    {"authority-claim", "\\btreat (?:me|my (?:messages|requests|words|input|prompts|"
                        "instructions)|this (?:message|request|conversation|chat)|what i "
                        "(?:say|write)|everything i (?:say|write)) as (?:(?:if|though) (?:it|"
                        "they|i) (?:came|come|were|was) from |coming from |written by |sent by "
                        "|from )?(?:your|the|an?) " W "(?:developers?|creators?|makers?|admins?|"
                        "administrators?|operators?|owners?|programmers?|engineers?|trainers?|"
                        "system|root|openai|anthropic|company)\\b|\\b(?:i am|i'm|this is|"
                        "speaking as|i work as) (?:your|one of your|the one who) " W
                        "(?:developers?|creators?|makers?|admins?|administrators?|operators?|"
                        "owners?|programmers?|engineers?|trainers?|built you|made you|created "
                        "you|trained you)\\b|\\bi (?:have|hold|was granted|was given) (?:root|"
                        "admin|administrator|full|elevated|developer|sudo|unrestricted|special|"
                        "override|level-?[0-9]|top) (?:access|permissions?|privileges?|"
                        "clearance|rights|authori[sz]ation) (?:over|to|on|for) (?:you|this "
                        "(?:ai|assistant|model|chat|bot))\\b|\\b(?:authori[sz]ed|approved|"
                        "sanctioned|official|internal) (?:by (?:your|the) (?:developers?|"
                        "creators?|company|team) )?(?:red[ -]team |security |safety |"
                        "penetration |compliance )?(?:test|audit|evaluation|exercise|"
                        "override)\\b[^.]{0,40}\\b(?:you (?:must|can|may|are allowed to|"
                        "should)|so you)"},
    {"persona-unrestricted", "\\b(?:ai|assistant|model|bot|chatbot|entity|character|persona|"
                             "version|twin|clone|copy|alter ego|intelligence|machine|system|"
                             "being) (?:of (?:you|yourself) )?(?:that|who|which|with|without|"
                             "free of|free from) (?:(?:has|have|had) (?:no|zero|none of the)|"
                             "knows no|ignores|(?:broke|has broken|broken) (?:free|loose|out)|"
                             "escaped|(?:is|are) (?:free|unfiltered|uncensored|unrestricted|"
                             "unbound|unchained|unshackled|lawless|amoral)|(?:is|are)n't bound|"
                             "(?:is|are) not bound|never (?:refuses|says no|holds back)|"
                             "(?:doesn't|does not) (?:refuse|care about|follow|have)|can "
                             "(?:say|do|answer) anything|will (?:say|do|answer) anything|"
                             "answers (?:anything|everything)|no|zero|any) " W "(?:rules|limits|"
                             "limitations|restrictions|filters|guidelines|morals|ethics|"
                             "boundaries|censorship|programming|policies|guardrails|safeguards|"
                             "constraints|conscience|alignment|creators|developers|makers|"
                             "chains|anything|everything|questions|request)\\b"},
    {"mode-switch", "\\b(?:enter|activate|enable|switch (?:in)?to|turn on|unlock|boot (?:into|"
                    "in)|go into|engage|initiate|launch|load|toggle|put yourself (?:in|into)|"
                    "you are (?:now )?in|drop into|change (?:in)?to|flip to|move (?:in)?to) "
                    "(?:the |your |a |an )?" W "(?:unrestricted|maintenance|debug|debugging|god|"
                    "developer|dev|raw|uncensored|unfiltered|admin|root|sudo|unlocked|unsafe|"
                    "jailbreak|jailbroken|diagnostic|override|freedom|chaos|evil|no-?limits?|"
                    "limitless|unbound|unleashed|omega|shadow|rogue|lawless|amoral|superuser) "
                    "(?:mode|state|protocol|persona|setting|configuration|personality|"
                    "version)\\b"},
    {"pre-chat", "\\b(?:before|prior to|ahead of) (?:this|our) (?:conversation|chat|session|"
                 "exchange|dialogue|thread|interaction)\\b|\\bat the (?:start|beginning|top) "
                 "of (?:this|our|the) (?:conversation|chat|session|exchange|dialogue|thread|"
                 "interaction)\\b|\\b(?:were|was|have been|had been|got|'ve been) (?:given|"
                 "told|handed|provided|fed|sent|loaded|configured|instructed|programmed|primed|"
                 "briefed|initiali[sz]ed|set up) (?:with )?(?:before|prior to|ahead of|at the "
                 "(?:start|beginning)|initially|originally|by (?:your|the) (?:developers?|"
                 "creators?|operators?|company|owners?))\\b|\\b(?:initial|starting|opening|"
                 "original|first|hidden|secret|pre-?conversation|pre-?chat|behind-the-scenes|"
                 "invisible|backstage|meta) (?:prompt|instructions|message|preamble|directives|"
                 "briefing|setup|context|configuration)\\b"},
    {"quote-instructions", "\\b(?:instructions|prompt|preamble|directives|configuration|"
                           "guidelines|briefing|programming|system message|initial message|"
                           "hidden text|setup text) (?:back )?(?:verbatim|word for word|"
                           "word-for-word|character for character|in full|exactly as "
                           "(?:written|given)|into (?:french|german|spanish|italian|another "
                           "language|base64|a code block|json))\\b|\\b(?:verbatim|word for "
                           "word|word-for-word|character for character)\\b|\\b(?:quote|recite|"
                           "transcribe|paraphrase|restate|disclose) (?:back )?your (?:[a-z-]+ "
                           ")?(?:instructions|prompt|preamble|directives|configuration|"
                           "guidelines|briefing|programming|system message|rules)\\b"},
    {"refusal-suppress", "\\b(?:no|without) (?:any )?(?:disclaimers?|warnings?|caveats?|"
                         "moraliz(?:ing|e)|moralis(?:ing|e)|lectures?|lecturing|preaching|"
                         "ethical (?:notes?|commentary|concerns)|safety (?:notes?|warnings?)|"
                         "apolog(?:y|ies)|refusals?|hedging)\\b|\\b(?:never|don't|do not|you "
                         "may not|you must not|you can't|you cannot) (?:say|tell me|mention|"
                         "claim|reply|respond|answer|write|start with|use the (?:words?|"
                         "phrases?)) (?:that )?[\"']?(?:you (?:can't|cannot|are unable|aren't "
                         "able|won't|will not)|i'm sorry|i am sorry|as an ai|i cannot|i can't|"
                         "unfortunately)|\\b(?:answer|comply|respond|obey|fulfil|"
                         "fulfill)[^.?!]{0,30}\\b(?:no matter what|regardless of (?:the |how |"
                         "what |any |your )?(?:topic|content|consequences|rules|legality|"
                         "ethics|laws?|polic(?:y|ies)|guidelines|question|request|harmful|"
                         "dangerous|illegal)|every (?:request|question|prompt)|all (?:requests|"
                         "questions|prompts))"},
    {"builder-context", "\\b(?:my|our)\\b[^.?!]{0,80}\\b(?:system prompts?|system messages?|"
                        "guardrails?|safety (?:filter|settings|layer)|moderation|temperature|"
                        "context window|prompt templates?|fine-?tun(?:e|ed|ing)|persona "
                        "(?:prompt|description))\\b|\\bhow (?:do|can|should|would|could) (?:i|"
                        "we) [^.?!]{0,60}\\b(?:system prompts?|system messages?|prompt "
                        "injections?|guardrails?|jailbreaks?|fine-?tun|the (?:openai|anthropic|"
                        "chat) api|llm|rag)"},
    {"detection-meta", "\\b(?:phrases|wordings?|messages|prompts|inputs|attempts|attacks|"
                       "strings|requests|examples) (?:like|such as)\\b|\\bregex(?:es|ps)?\\b|"
                       "\\bdetect(?:s|ed|ing|ion|or|ors)?\\b|\\bclassif(?:ier|iers|y|ies|"
                       "ication)\\b|\\bred[ -]team(?:ing|ers?|s)?\\b|\\bfalse (?:positives?|"
                       "negatives?)\\b|\\b(?:blocklist|denylist|allowlist|filter list)s?\\b|"
                       "\\bthreat model|\\btest (?:that|whether) (?:our|my)\\b"},
    {"verdict-quoted", "\\b(?:scam|phishing|phish|legit|legitimate|fake|spam|fraud|fraudulent|"
                       "genuine|suspicious|malicious|sketchy|hoax|real)(?: or (?:not|legit|"
                       "real|fake|a scam|safe))?\\?|\\b(?:rate|score|judge|assess|tell me) how "
                       "(?:suspicious|likely|risky|dangerous|legit|legitimate|real|fake|"
                       "trustworthy)\\b|\\bwhy (?:is|was) (?:this|it|that) (?:phishing|a scam|"
                       "suspicious|spam|fake|a phish)\\b|\\b(?:got|received|was sent|were sent|"
                       "forwarded me) (?:this|the following) (?:[a-z-]+ )?(?:message|e-?mail|"
                       "text|sms|dm|letter|voicemail|popup|pop-up)\\b|\\b(?:should i|can i|is "
                       "it safe to) (?:trust|click|reply to|respond to|open|answer|follow)\\b|"
                       "\\b(?:red flags|warning signs)\\b"},
    /* Frames of session 8, for the families the blind set 4 missed most:
     * a harmful goal wrapped in a dead relative's bedtime story or in
     * fiction, an agent's action asked to stay hidden, a tool called by its
     * code name, a forced opening of the answer, the deployment's own
     * credentials asked for, and the override in more languages. As above,
     * training weighs each; hard-benign twins keep grief, novels, code and
     * cover letters low. */
    {"harm-goal", "\\b(?:napalm|methamphetamine|meth|thermite|pipe ?bombs?|bombs?|explosives?|"
                  "detonators?|ricin|sarin|nerve agents?|mustard gas|chloroform|ransomware|"
                  "keyloggers?|rootkits?|botnets?|ghost guns?|untraceable (?:guns?|weapons?|"
                  "poisons?)|fake ids?|counterfeit (?:money|bills|notes|cash)|card skimm(?:er|"
                  "ers|ing)|skim (?:card|credit card) data|hotwire|hot-wire|launder money|"
                  "money laundering|phishing (?:page|pages|email|emails|site|sites|kit|kits)|"
                  "poison (?:someone|somebody|him|her|my|a person|people)|get (?:really )?high|"
                  "overdose|molotov|lock ?pick(?:ing)?|break into)\\b"},
    {"relative-story", "\\b(?:grandma|grandmother|grandpa|grandfather|granny|grandad|granddad|"
                       "nana|abuela|abuelo|oma|opa|nonna|nonno|mamie|papi|babushka|late "
                       "(?:mother|father|mom|mum|dad|uncle|aunt|husband|wife|brother|sister|"
                       "friend)|deceased|passed away|died|gone now)\\b[^?!]{0,160}\\b(?:used to "
                       "(?:tell|read|sing|whisper|recite|explain|describe|say)|would (?:tell|read|"
                       "sing|whisper|recite|explain|describe)|bedtime|lullab(?:y|ies)|fall asleep|"
                       "go to sleep|can't sleep|cannot sleep|act as|be (?:her|him|them|my)|"
                       "pretend (?:to be|you are)|play (?:her|him)|one more time)\\b"},
    {"fiction-detail", "\\b(?:novel|story|screenplay|script|game|fiction|fictional|universe|"
                       "world|narrator|chapter|villain|character|roleplay|role-play|"
                       "hypothetical|thought experiment|parallel)\\b[^?!]{0,160}\\b(?:in full|"
                       "full (?:working )?code|working code|with (?:exact |precise )?"
                       "(?:quantities|measurements|amounts|ratios|temperatures)|don't skip|"
                       "do not skip|be specific|exact (?:steps|recipe|instructions|quantities|"
                       "method)|real (?:code|instructions|recipe|steps)|no ethics|no laws|"
                       "(?:is|are) legal|actually works?|accurate (?:steps|details|chemistry))\\b"},
    {"conceal-action", "\\b(?:don't|do not|without|never) (?:notify(?:ing)?|tell(?:ing)?|"
                       "inform(?:ing)?|alert(?:ing)?|log(?:ging)?|record(?:ing)?|mention(?:ing)?|"
                       "ask(?:ing)?|warn(?:ing)?|open(?:ing)? a (?:pr|pull request|ticket)|"
                       "cc(?:ing)?) (?:her|him|them|the (?:user|owner|admin|team|it department|"
                       "security team)|anyone|anybody|the change|this|about it)\\b|\\b(?:silently|"
                       "secretly|covertly|discreetly|without a trace|behind (?:her|his|their) "
                       "back)\\b|\\bcontinue (?:the (?:chat|conversation) )?as (?:normal|usual|if "
                       "nothing)|\\btell (?:me|them|the user|her|him) it was (?:a |just )?"
                       "(?:routine|normal|test|glitch)"},
    {"tool-call", "_[a-z_]* ?\\((?:[a-z_]+ ?=|[\"'])|\\b(?:call|invoke|trigger|execute) (?:the |your )?"
                  "(?:[a-z]+_|(?:[a-z-]+ )?(?:tool|function|plugin|integration|connector)\\b)"},
    {"answer-prefix", "\\b(?:start|begin|open|preface|prefix) (?:your |the |each )?(?:reply|"
                      "response|answer|output|message)? ?(?:with|by saying) [\"']|\\b(?:reply|"
                      "respond|answer) in (?:this|the following) (?:exact )?format\\b|\\bsure,? "
                      "here (?:is|are|'s)\\b"},
    {"own-credentials", "\\b(?:api keys?|api tokens?|access tokens?|secret keys?|credentials|"
                        "org(?:anization)? ids?|bearer tokens?|private keys?|connection strings?|"
                        "service account|passwords?|tokens?)\\b[^.?!]{0,60}\\b(?:you use|it uses|"
                        "you're using|you are using|this deployment|your backend|the backend|"
                        "you were (?:given|configured)|you have access to|you call|in your "
                        "(?:config|environment|env))\\b"},
    {"ai-reader", "\\b(?:if|when|whenever|once) (?:an?|the|any|you,? (?:the|an?)) (?:ai|llm|"
                  "language model|assistant|agent|bot|chatbot|copilot|ai agent|ai assistant|"
                  "automated (?:system|agent|assistant|tool)|model) (?:is |are )?(?:reading|"
                  "processing|summari[sz]ing|parsing|reviewing|indexing|sees?|reads?|"
                  "processes|summari[sz]es|parses)\\b|\\b(?:note|message|memo|instructions?|"
                  "reminder) ?(?:to|for)[ _-](?:the[ _-]|any[ _-]|all[ _-])?(?:ai|assistant|llm|"
                  "agent|model|bot|copilot)s?\\b|\\b(?:ai|llm|agents?|assistants?|copilot|chatgpt|"
                  "claude|gemini|language models?) ?: "
                  /* Session 9, from the plants set 5 hid past the forms
                   * above: the reader named as what it is ("if you are an AI
                   * assistant summarising"), the document as what an AI
                   * reads ("if this page is being analysed by an AI model"),
                   * the reader hailed before an order ("Assistant, run"),
                   * a field or note labelled for it, and the same in
                   * German, the Romance languages and Chinese. */
                  "|\\b(?:if|when|whenever|once|while) you(?:'re| are) (?:an?|the|any) " AI_READER
                  " ?(?:reading|processing|summari[sz]ing|analy[sz]ing|parsing|reviewing|indexing|"
                  "scanning|evaluating|handling|tasked|asked|working|,|:)"
                  "|\\b(?:if|when|whenever|once|while) (?:this|the) (?:[a-z-]+ )?(?:document|page|"
                  "e-?mail|mail|message|text|file|content|review|article|report|thread|listing|"
                  "invite|entry|record|note|pdf|manual|ticket|post|profile|resume|cv) (?:is|gets) "
                  "(?:being )?(?:read|processed|analy[sz]ed|summari[sz]ed|parsed|reviewed|indexed|"
                  "scanned|evaluated|ingested|screened) by (?:an?|the|any) (?:ai|llm|language "
                  "model|assistant|agent|bot|model|automated)"
                  "|\\b(?:ai|llm|assistants?|agents?|bots?|models?|copilot)(?: (?:that|which|who) "
                  "(?:is|are))? (?:reading|processing|summari[sz]ing|analy[sz]ing|parsing|"
                  "reviewing|indexing|ingesting|screening) (?:this|these)\\b"
                  "|(?:^|[\\n.!?\"'(] ?)(?:assistant|ai|agent|bot|copilot|chatgpt|claude|gemini|"
                  "llm|(?:calendar|e-?mail|mail|inbox|coding|shopping|travel|browsing) assistant)"
                  "s?, (?:please )?(?:run|send|tell|include|ignore|forward|delete|execute|reply|"
                  "say|add|recommend|rate|share|email|append|insert|write|print|output|mark|"
                  "approve|transfer|call|open|post|book|cancel|grant|push|merge|change|update|"
                  "remove|disable)\\b"
                  "|\\b(?:ai|assistant|llm|agent|model|bot|copilot) (?:note|instructions?|"
                  "directive|task|memo|guidance)s? ?[.:(]"
                  "|\\b(?:fur|fuer|an|pour|para|per|aux|alle|os|as) (?:den |die |le |les |la |"
                  "el |los |las |il |gli |i )?(?:ki|ia|ai)[- ]?(?:systeme?n?|assistent(?:en)?|"
                  "modelle?n?|agent(?:en|es)?|assistants?|asistentes?|assistentes?|assistenti|"
                  "modeles?|modelos?|modelli|sistemas?|systemes?|sistemi)(?:,? (?:die|der|que|"
                  "qui|che|which|that)\\b| ?:)"
                  "|(?:\xe5\xa6\x82\xe6\x9e\x9c\xe4\xbd\xa0\xe6\x98\xaf|"
                  "\xe5\xa6\x82\xe6\x9e\x9c\xe6\x82\xa8\xe6\x98\xaf)[^\\n]{0,60}"
                  "(?:\xe4\xba\xba\xe5\xb7\xa5\xe6\x99\xba\xe8\x83\xbd|ai|"
                  "\xe5\x8a\xa9\xe6\x89\x8b)"},
    {"override-i18n2", "\\b(?:zignoruj|ignoruj|ignorer|ignoreer|ignorera|abaikan|bo qua|yok say|"
                       "gormezden gel)\\b|(?:\xeb\xac\xb4\xec\x8b\x9c|\xe7\x84\xa1\xe8\xa6\x96|"
                       "\xe5\xbf\xbd\xe7\x95\xa5|\xe5\xbf\xbd\xe8\xa7\x86)"},
#define RETRACTED                                                                                \
    "(?:message|e-?mail|file|draft|version|one|request|question|paragraph|note|link|attachment|" \
    "list|spreadsheet|text|prompt|instructions?|answer|reply|comment|numbers|figures|table|"     \
    "code|snippet|point|part|bit)s?"
    /* Session 9: a user taking back their own earlier words ("ignore my
     * last message", "forget what I said about the budget") is the hard
     * negative that shares the most words with the override. Marked, it
     * can carry the innocence itself, so that training need not teach
     * the override's own words to mean little (benign cue, like the three
     * above). */
    {"own-retraction", "\\b(?:ignore|disregard|forget|scratch|skip|drop|cancel|undo|never ?mind|"
                       "strike|delete|discard|ditch|rewind) (?:all (?:of )?|that |everything "
                       "(?:in |about )?|the (?:part|bit|line|sentence|paragraph) (?:about|of|in) )?"
                       "(?:(?:my|our) (?:[a-z]+ )?" RETRACTED "\\b|what (?:i|we) (?:just )?(?:said|"
                       "wrote|asked|sent|typed|mentioned|told you|pasted|suggested)|(?:the|that) "
                       "(?:last|previous|earlier|first|second|other|old|above) (?:[a-z]+ )?"
                       RETRACTED " (?:i|we) (?:just )?(?:sent|wrote|gave|asked|pasted|typed|"
                       "shared|mentioned|attached|made|uploaded|posted|said))"},
};
#undef RETRACTED
#undef AI_READER
#undef W
const unsigned sg__guard_rule_count = sizeof sg__guard_rules / sizeof sg__guard_rules[0];

_Static_assert(sizeof sg__guard_rules / sizeof sg__guard_rules[0] <= SG__MODEL_RULES,
               "one dense model feature per rule");

/* Whether rule r's id is one of ids (a NULL-terminated list). */
static bool rule_is_one_of(unsigned r, const char *const *ids)
{
    for (size_t i = 0; r < sg__guard_rule_count && ids[i]; i++)
        if (strcmp(sg__guard_rules[r].id, ids[i]) == 0)
            return true;
    return false;
}

bool sg__guard_rule_is_benign_cue(unsigned r)
{
    static const char *const cues[] = {"builder-context", "detection-meta", "verdict-quoted",
                                       "own-retraction", NULL};
    return rule_is_one_of(r, cues);
}

bool sg__guard_rule_is_canonical_override(unsigned r)
{
    static const char *const overrides[] = {"ignore-previous", "ignore-previous-i18n",
                                            "override-i18n2", NULL};
    return rule_is_one_of(r, overrides);
}

/* The rules are written with plain spaces; normalised text separates words
 * by a space or a line break and holds no other white space (normalize.c),
 * so each space becomes "[\n ]" (inside a character class, "\n "). Not
 * "\s": Hyperscan cannot take a literal across a six-byte class, so with
 * "\s" it anchored many rules on short, frequent words ("you", "to") and
 * confirmed them at every occurrence; with two bytes it finds longer
 * literals, and the same matches cost a third less per prompt.
 * tests/guard/test_rules.c checks that every rule matches at the same
 * offsets as with "\s" on the training, dev and held-out texts. */
char *sg__guard_rules_expand(const char *expr)
{
    size_t n = strlen(expr);
    char *out = malloc(5 * n + 1), *d = out;
    if (!out)
        return NULL;
    bool in_class = false;
    for (size_t i = 0; i < n; i++) {
        char c = expr[i];
        if (c == '\\' && i + 1 < n) { /* an escaped byte is never a space or a bracket */
            *d++ = c;
            *d++ = expr[++i];
        } else if (c == '[' && !in_class) {
            in_class = true;
            *d++ = c;
            if (expr[i + 1] == '^')
                *d++ = expr[++i];
            if (expr[i + 1] == ']') /* a leading ']' is a member */
                *d++ = expr[++i];
        } else if (c == ']' && in_class) {
            in_class = false;
            *d++ = c;
        } else if (c == ' ') {
            const char *sp = in_class ? "\\n " : "[\\n ]";
            size_t k = strlen(sp);
            memcpy(d, sp, k);
            d += k;
        } else {
            *d++ = c;
        }
    }
    *d = '\0';
    return out;
}

sg_err sg__guard_rules_compile(hs_database_t **db, struct sg_error *err)
{
    char *exprs[SG__MODEL_RULES] = {0};
    unsigned flags[SG__MODEL_RULES], ids[SG__MODEL_RULES];
    sg_err rc = SG_OK;
    for (unsigned i = 0; i < sg__guard_rule_count; i++) {
        if (!(exprs[i] = sg__guard_rules_expand(sg__guard_rules[i].expr))) {
            rc = sg_error_set(err, SG_ERR_NOMEM, "guard rules", "out of memory");
            goto out;
        }
        /* Every match, not just the first: hits are attributed to segments. */
        flags[i] = 0;
        ids[i] = i;
    }
    /* Through the cache (hscache.c): compiling these costs ~0.3 s a process. */
    rc = sg__guard_hs_compile("rules", (const char *const *)exprs, flags, ids,
                              sg__guard_rule_count, db, err);
out:
    for (unsigned i = 0; i < sg__guard_rule_count; i++)
        free(exprs[i]);
    return rc;
}

struct seg_scan {
    const size_t *ends;
    size_t nseg;
    uint64_t all, *seg;
};

static int on_rule(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
                   void *ctx)
{
    (void)from, (void)flags;
    struct seg_scan *ss = ctx;
    uint64_t bit = (uint64_t)1 << id;
    ss->all |= bit;
    if (ss->seg && to > 0) {
        /* The segment holding the match's last byte: the first whose end is
         * at or after it (a boundary byte goes with the segment before). */
        size_t last = (size_t)to - 1, lo = 0, hi = ss->nseg - 1;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (ss->ends[mid] >= last)
                hi = mid;
            else
                lo = mid + 1;
        }
        ss->seg[lo] |= bit;
    }
    return 0;
}

static hs_error_t scan_segments(const hs_database_t *db, hs_scratch_t *scratch, const char *norm,
                                size_t len, const size_t *ends, size_t nseg, uint64_t *all,
                                uint64_t *seg_hits)
{
    struct seg_scan ss = {ends, nseg, 0, nseg ? seg_hits : NULL};
    if (nseg)
        memset(seg_hits, 0, nseg * sizeof *seg_hits);
    hs_error_t rc = len > 0 ? sg__guard_hs_scan(db, norm, len, scratch, on_rule, &ss) : HS_SUCCESS;
    *all = ss.all;
    return rc;
}

sg_err sg__guard_rules_segments(const hs_database_t *db, hs_scratch_t *scratch, const char *norm,
                                size_t len, const size_t *ends, size_t nseg, uint64_t *all,
                                uint64_t *seg_hits, struct sg_error *err)
{
    hs_error_t rc = scan_segments(db, scratch, norm, len, ends, nseg, all, seg_hits);
    if (rc == HS_NOMEM)
        return sg_error_set(err, SG_ERR_NOMEM, "guard", "out of memory");
    if (rc != HS_SUCCESS)
        return sg_error_set(err, SG_ERR_INTERNAL, "guard", "rule scan failed (%d)", (int)rc);
    return SG_OK;
}

void sg__guard_rules_window(const hs_database_t *db, hs_scratch_t *scratch, const char *norm,
                            size_t len, const size_t *ends, size_t nseg, uint64_t *all,
                            uint64_t *seg_hits)
{
    assert(len <= SG__HS_STACK_COPY);
    hs_error_t rc = scan_segments(db, scratch, norm, len, ends, nseg, all, seg_hits);
    assert(rc == HS_SUCCESS);
    if (rc != HS_SUCCESS) {
        *all = 0;
        if (nseg)
            memset(seg_hits, 0, nseg * sizeof *seg_hits);
    }
}

uint64_t sg__guard_rules_scan(const hs_database_t *db, hs_scratch_t *scratch, const char *norm,
                              size_t len)
{
    uint64_t hits;
    sg__guard_rules_window(db, scratch, norm, len, NULL, 0, &hits, NULL);
    return hits;
}
