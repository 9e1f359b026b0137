/// Every finding's words, in Thai and in English, in one place.
extension Message {
    public func text(in language: Language) -> String {
        let th = language == .thai
        let dates = DateText(language: language)
        switch self {
        case .fileTooLarge(let bytes, let limit):
            return th
                ? "ไฟล์ใหญ่เกินไป (\(megabytes(bytes)) MB เกินขีดจำกัด \(megabytes(limit)) MB) แผนหนึ่งไฟล์ไม่ควรใหญ่ขนาดนี้ จึงไม่อ่าน"
                : "file is too large (\(megabytes(bytes)) MB, limit \(megabytes(limit)) MB); a plan is never this big, so it was not read"
        case .fileBinary:
            return th
                ? "เป็นไฟล์ไบนารี (มีไบต์ NUL) ไม่ใช่ข้อความ YAML"
                : "this is a binary file (it holds a NUL byte), not YAML text"
        case .fileInvalidUTF8(let byte):
            let hex = "0x" + String(byte, radix: 16, uppercase: true)
            return th
                ? "ไม่ใช่ข้อความ UTF-8 ที่ถูกต้อง (ไบต์ \(hex)) ให้บันทึกไฟล์เป็น UTF-8"
                : "not valid UTF-8 (byte \(hex)); save the file as UTF-8"
        case .fileOtherEncoding(let name):
            return th
                ? "ไฟล์เข้ารหัสแบบ \(name) ให้บันทึกเป็น UTF-8 (ใน Notepad: บันทึกเป็น แล้วเลือกการเข้ารหัส UTF-8)"
                : "the file is encoded as \(name); save it as UTF-8 (in Notepad: Save As, Encoding UTF-8)"
        case .fileEmpty:
            return th
                ? "ไฟล์ว่างเปล่า แผนต้องมีอย่างน้อย schema, agency, fiscal_year, ita และ measures (เริ่มจาก itaplan init)"
                : "the file is empty; a plan needs at least schema, agency, fiscal_year, ita and measures (itaplan init writes a template)"
        case .fileNotRead(let problem):
            return problem.text(thai: th)
        case .yamlSyntax(let problem, let context):
            if th {
                let thaiProblem = Self.thaiYAMLProblems[problem] ?? problem
                return "ไวยากรณ์ YAML ผิด: \(thaiProblem)"
            }
            return "YAML syntax error: \(problem)" + (context.map { " (\($0))" } ?? "")
        case .yamlDuplicateKey(let key):
            return th
                ? "คีย์ '\(key)' ซ้ำในระดับเดียวกัน"
                : "key '\(key)' appears twice in the same mapping"
        case .yamlComplexKey:
            return th
                ? "คีย์ต้องเป็นข้อความ ไม่ใช่รายการหรือแมปปิง"
                : "a key must be text, not a list or a mapping"
        case .yamlUndefinedAlias(let name):
            return th
                ? "alias '*\(name)' อ้างถึง anchor '&\(name)' ที่ไม่ได้ประกาศไว้ก่อนหน้า"
                : "alias '*\(name)' refers to no anchor '&\(name)' defined before it"
        case .yamlTooDeep(let limit):
            return th
                ? "โครงสร้างซ้อนกันลึกเกิน \(limit) ชั้น แผนจริงไม่ลึกขนาดนี้ จึงหยุดอ่าน"
                : "nesting is deeper than \(limit) levels; no plan is this deep, so reading stopped"
        case .yamlAliasBomb(let limit):
            return th
                ? "alias ขยายเป็นมากกว่า \(limit) โหนด (ลักษณะ \"billion laughs\") จึงไม่ขยายต่อ"
                : "aliases expand to more than \(limit) nodes (a \"billion laughs\" pattern); refusing to expand them"
        case .yamlMultipleDocuments:
            return th
                ? "ไฟล์แผนหนึ่งไฟล์มีเอกสาร YAML เดียว แต่พบ '---' เอกสารที่สอง"
                : "a plan file holds one YAML document; this is the start of a second one"
        case .schemaTooNew(let found, let supported):
            return th
                ? "ไฟล์นี้ใช้รูปแบบ schema \(found) แต่ itaplan รุ่นนี้อ่านได้ถึง schema \(supported) ให้ปรับรุ่น itaplan"
                : "this file uses plan schema \(found), but this itaplan reads schema \(supported) at most; upgrade itaplan"
        case .missingKey(let key, let object):
            return th
                ? "ขาดคีย์ที่ต้องมี '\(key)' ใน\(Self.thaiObjectName(object))"
                : "missing required key '\(key)' in \(object)"
        case .wrongType(let key, let expected, let found):
            return th
                ? "'\(key)' ต้องเป็น\(expected.thaiName) แต่พบ\(found.thaiDescription)"
                : "'\(key)' must be \(expected.englishName), found \(found.englishDescription)"
        case .unknownKey(let key, let object, let suggestion):
            let hint = suggestion.map { th ? " หมายถึง '\($0)' หรือไม่" : "; did you mean '\($0)'?" } ?? ""
            return th
                ? "ไม่รู้จักคีย์ '\(key)' ใน\(Self.thaiObjectName(object))\(hint)"
                : "unknown key '\(key)' in \(object)\(hint)"
        case .invalidValue(let key, let value, let allowed, let suggestion):
            let hint = suggestion.map { th ? " หมายถึง '\($0)' หรือไม่" : "; did you mean '\($0)'?" } ?? ""
            let list = allowed.joined(separator: ", ")
            return th
                ? "ค่า '\(value)' ของ '\(key)' ใช้ไม่ได้ (ใช้ได้: \(list))\(hint)"
                : "'\(value)' is not a valid '\(key)' (expected one of: \(list))\(hint)"
        case .outOfRange(let key, let value, let lowest, let highest):
            return th
                ? "'\(key)' เป็น \(value) ต้องอยู่ระหว่าง \(lowest) ถึง \(highest)"
                : "'\(key)' is \(value); it must be between \(lowest) and \(highest)"
        case .decimalComma(let key, let written):
            let meant = written.replacingAll(",", with: ".")
            return th
                ? "'\(key)' เขียนเป็น \(written) ซึ่งใช้จุลภาคเป็นจุดทศนิยม YAML จึงอ่านเป็นสองค่า ให้เขียน \(meant)"
                : "'\(key)' is written \(written), with a decimal comma, which YAML reads as two things; write \(meant)"
        case .emptyValue(let key):
            return th ? "'\(key)' ว่างอยู่" : "'\(key)' is empty"
        case .christianEraYear(let key, let value):
            return th
                ? "'\(key)' เป็น \(value) ซึ่งดูเป็นปี ค.ศ. แผนใช้ปี พ.ศ. (\(value + 543))"
                : "'\(key)' is \(value), which looks like a Christian-era year; plans use Buddhist Era years (\(value + 543))"
        case .duplicateID(let kind, let id):
            return th
                ? "\(kind.thaiName) '\(id)' ซ้ำ"
                : "\(kind.rawValue) id '\(id)' is used twice"
        case .unknownIndicator(let number, let known):
            let list = known.map(String.init).joined(separator: ", ")
            return th
                ? "ไม่มีตัวชี้วัดที่ \(number) (ตัวชี้วัดที่มี: \(list))"
                : "there is no indicator \(number) (known indicators: \(list))"
        case .missingIndicators(let numbers, let year):
            let list = numbers.map(String.init).joined(separator: ", ")
            return th
                ? "ITA \(year) มีตัวชี้วัดที่ \(list) แต่แผนไม่ได้ระบุ จึงคำนวณคะแนนรวมไม่ได้"
                : "ITA \(year) has indicator(s) \(list), which the plan leaves out, so the total cannot be computed"
        case .indicatorTool(let indicator, let stated, let expected):
            return th
                ? "ตัวชี้วัดที่ \(indicator) อยู่ในแบบวัด \(expected) ไม่ใช่ \(stated)"
                : "indicator \(indicator) belongs to \(expected), not \(stated)"
        case .scoreOutOfRange(let score):
            return th
                ? "คะแนน \(DecimalText.trimmed(score)) อยู่นอกช่วง 0–100"
                : "score \(DecimalText.trimmed(score)) is outside 0–100"
        case .totalMismatch(let stated, let computed, let parts):
            let formula = parts.map {
                "\(DecimalText.trimmed($0.weight)) × \($0.tool) \(DecimalText.format($0.mean, places: 4))"
            }.joined(separator: " + ")
            return th
                ? "คะแนนรวม \(DecimalText.format(stated, places: 2)) ไม่ตรงกับคะแนนตัวชี้วัด: คำนวณได้ \(DecimalText.format(computed, places: 4)) (\(formula))"
                : "stated total \(DecimalText.format(stated, places: 2)) does not follow from the indicator scores: computed \(DecimalText.format(computed, places: 4)) (\(formula))"
        case .gradeMismatch(let stated, let expected, let total):
            return th
                ? "ระดับ \(stated) ไม่ตรงกับคะแนนรวม \(DecimalText.format(total, places: 2)) ซึ่งได้ระดับ \(expected)"
                : "grade \(stated) does not follow from the total \(DecimalText.format(total, places: 2)), which is grade \(expected)"
        case .unknownAssessmentYear(let year, let known):
            let list = known.map(String.init).joined(separator: ", ")
            return th
                ? "ไม่มีเกณฑ์การให้คะแนน ITA ปี \(year) (มีปี \(list)) จึงไม่ได้ตรวจการคำนวณ"
                : "no ITA scoring model for \(year) (known years: \(list)), so the arithmetic was not checked"
        case .assessmentYearMismatch(let assessment, let fiscal):
            return th
                ? "ผล ITA ปี \(assessment) ไม่สอดคล้องกับปีงบประมาณ \(fiscal): มาตรการปีงบประมาณ \(fiscal) ใช้ผล ITA ปี \(fiscal - 1)"
                : "ITA \(assessment) does not fit fiscal year \(fiscal): the measures for fiscal year \(fiscal) build on ITA \(fiscal - 1)"
        case .fiscalYearOff(let stated, let likely, let assessment):
            return th
                ? "fiscal_year เป็น \(stated) แต่ผล ITA ปี \(assessment) และระยะเวลาหรือบันทึกในแผนเป็นของปีงบประมาณ \(likely) หมายถึง fiscal_year: \(likely) หรือไม่"
                : "fiscal_year is \(stated), but the ITA \(assessment) result and the plan's timeframes or records are for fiscal year \(likely); did you mean fiscal_year: \(likely)?"
        case .indicatorNameOfAnother(let number, let name, let owner):
            return th
                ? "ตัวชี้วัดที่ \(number) มีชื่อ '\(name)' ซึ่งเป็นชื่อของตัวชี้วัดที่ \(owner) หมายถึง number: \(owner) หรือไม่"
                : "indicator \(number) is named '\(name)', which is the name of indicator \(owner); did you mean number: \(owner)?"
        case .noMeasures:
            return th ? "ยังไม่มีมาตรการ" : "the plan has no measures"
        case .noSteps(let measure):
            return th ? "มาตรการ '\(measure)' ยังไม่มีขั้นตอน" : "measure '\(measure)' has no steps"
        case .unaddressedIndicator(let number, let name, let englishName, let score, let passMark):
            return th
                ? "ตัวชี้วัดที่ \(number) \(name) ได้ \(DecimalText.format(score, places: 2)) ต่ำกว่าเกณฑ์ \(DecimalText.format(passMark, places: 2)) แต่ไม่มีมาตรการใดระบุตัวชี้วัดนี้"
                : "indicator \(number) (\(englishName)) scored \(DecimalText.format(score, places: 2)), below the pass mark \(DecimalText.format(passMark, places: 2)), and no measure addresses it"
        case .impossibleDate(let key, let text):
            return th
                ? "'\(key)' เป็น '\(text)' ซึ่งไม่มีวันนี้ในปฏิทิน"
                : "'\(key)' is '\(text)', which is not a day that exists"
        case .unreadableDate(let key, let text):
            return th
                ? "'\(key)' อ่านเป็นวันที่ไม่ได้: '\(text)' (ใช้ 2564-03-31, 2021-03-31 หรือ 31 มี.ค. 2564)"
                : "'\(key)' is not a date: '\(text)' (write 2564-03-31, 2021-03-31 or 31 มี.ค. 2564)"
        case .scheduleNeedsOneKind:
            return th
                ? "กำหนดเวลา (schedule:) ต้องระบุอย่างใดอย่างหนึ่ง: every, quarters, by หรือ from กับ to"
                : "a schedule needs one of: every, quarters, by, or from with to"
        case .scheduleHasSeveralKinds(let keys):
            let list = keys.joined(separator: ", ")
            return th
                ? "กำหนดเวลา (schedule:) ระบุได้อย่างเดียว แต่พบ \(list)"
                : "a schedule takes only one of every, quarters, by, from/to; found \(list)"
        case .scheduleGraceNeedsRepeat:
            return th
                ? "grace_days ใช้กับ every หรือ quarters เท่านั้น"
                : "grace_days applies only to every or quarters"
        case .scheduleFromNeedsTo:
            return th ? "from ต้องมี to คู่กัน" : "from needs a to, and to a from"
        case .scheduleFromAfterTo(let from, let to):
            return th
                ? "from (\(dates.day(from))) อยู่หลัง to (\(dates.day(to)))"
                : "from (\(dates.day(from))) is after to (\(dates.day(to)))"
        case .scheduleUnreadable(let text, let suggestion):
            let hint = suggestion.map { th ? " หมายถึง '\($0)' หรือไม่" : "; did you mean '\($0)'?" } ?? ""
            return th
                ? "อ่านกำหนดเวลา '\(text)' ไม่ได้ (ใช้ fiscal-year, monthly, quarterly, half-yearly หรือแมปปิง)\(hint)"
                : "cannot read the schedule '\(text)' (use fiscal-year, monthly, quarterly, half-yearly or a mapping)\(hint)"
        case .timeframeUnreadable(let fragment, let suggestion):
            let hint = suggestion.map { th ? " หมายถึง '\($0)' หรือไม่" : "; did you mean '\($0)'?" } ?? ""
            return th
                ? "อ่านระยะเวลา '\(fragment)' ไม่ออก\(hint) หรือระบุ schedule: แทน"
                : "cannot read the timeframe phrase '\(fragment)'\(hint); or give a schedule: instead"
        case .timeframeOtherYear(let named, let fiscalYear):
            return th
                ? "ระยะเวลาระบุปีงบประมาณ \(named) แต่แผนนี้เป็นของปีงบประมาณ \(fiscalYear)"
                : "the timeframe names fiscal year \(named), but this plan is for fiscal year \(fiscalYear)"
        case .ambiguousSchedule(let step, let choices):
            let list = choices.map { $0.text(dates) }.joined(separator: th ? " และ " : " and ")
            return th
                ? "ขั้นตอน \(step) ไม่มีกำหนดเวลาของตัวเอง และระยะเวลาของมาตรการมีหลายแบบ (\(list)) ให้ระบุ schedule: ของขั้นตอนนี้"
                : "step \(step) has no schedule of its own and its measure's timeframe names several (\(list)); give the step a schedule:"
        case .scheduleOutsideYear(let date, let fiscalYear):
            return th
                ? "วันที่ \(dates.day(date)) อยู่นอกปีงบประมาณ \(fiscalYear)"
                : "\(dates.day(date)) is outside fiscal year \(fiscalYear)"
        case .unknownPeriod(let period, let step, let valid):
            return th
                ? "ขั้นตอน \(step) ไม่มีงวด '\(period)' (งวดที่มี: \(Self.list(valid.map(Self.buddhistEraPeriod))))"
                : "step \(step) has no due instance '\(period)' (its instances: \(Self.list(valid)))"
        case .missingPeriod(let step, let valid):
            return th
                ? "ขั้นตอน \(step) มีหลายงวด บันทึกต้องระบุงวด period: (\(Self.list(valid.map(Self.buddhistEraPeriod))))"
                : "step \(step) is due more than once, so the record needs a period (\(Self.list(valid)))"
        case .duplicatePeriod(let period, let step):
            return th
                ? "ขั้นตอน \(step) บันทึกงวด '\(period)' ซ้ำ"
                : "step \(step) has two records for '\(period)'"
        case .doneInFuture(let done, let asOf):
            return th
                ? "วันที่เสร็จ \(dates.day(done)) อยู่หลังวันที่ตรวจ (\(dates.day(asOf)))"
                : "done on \(dates.day(done)), after the as-of date \(dates.day(asOf))"
        case .doneBeforeYear(let done, let fiscalYear):
            return th
                ? "วันที่เสร็จ \(dates.day(done)) อยู่ก่อนเริ่มปีงบประมาณ \(fiscalYear)"
                : "done on \(dates.day(done)), before fiscal year \(fiscalYear) began"
        case .missingEvidence(let step, let period):
            return th
                ? "ขั้นตอน \(step) งวด \(period) บันทึกว่าเสร็จแต่ไม่มีหลักฐาน (evidence)"
                : "step \(step), \(period): marked done without evidence"
        case .evidenceNotHTTP(let text):
            return th
                ? "หลักฐานต้องเป็นลิงก์ http(s) แต่พบ '\(text)'"
                : "evidence must be an http(s) link, found '\(text)'"
        case .evidenceHasSpace(let text, let suggestion):
            return th
                ? "ลิงก์หลักฐาน '\(text)' มีช่องว่าง ซึ่งลิงก์มีไม่ได้ ให้เขียนช่องว่างแต่ละช่องเป็น %20: '\(suggestion)'"
                : "evidence link '\(text)' holds a space, which a link cannot; write each space as %20: '\(suggestion)'"
        case .evidenceOffSite(let host, let sites):
            if sites.isEmpty {
                return th
                    ? "ลิงก์หลักฐานอยู่บน \(host) ไม่ใช่เว็บไซต์ของหน่วยงาน หลักฐาน OIT ต้องเป็นหน้าบนเว็บไซต์ของหน่วยงานเอง"
                      + " (ระบุเว็บไซต์ของหน่วยงานได้ที่ 'agency.website')"
                    : "evidence link is on \(host), not the agency's website; OIT evidence must be a page on the agency's own site"
                      + " (state the site in 'agency.website')"
            }
            let list = sites.joined(separator: ", ")
            return th
                ? "ลิงก์หลักฐานอยู่บน \(host) ไม่ใช่เว็บไซต์ของหน่วยงาน (\(list)) หลักฐาน OIT ต้องเป็นหน้าบนเว็บไซต์ของหน่วยงานเอง"
                : "evidence link is on \(host), not the agency's website (\(list)); OIT evidence must be a page on the agency's own site"
        case .stepUnassigned(let step, let measure):
            return th
                ? "ขั้นตอน \(step) ไม่มีผู้รับผิดชอบ ทั้งของขั้นตอนเองและของมาตรการ \(measure) ให้ระบุ 'responsible' ที่ขั้นตอนหรือที่มาตรการ"
                : "step \(step) has no responsible unit, neither its own nor measure \(measure)'s; add 'responsible' to the step or the measure"
        case .doneWithoutBy(let step, let period):
            return th
                ? "ขั้นตอน \(step) งวด \(period) บันทึกว่าเสร็จแต่ไม่ระบุผู้บันทึก ('by')"
                : "step \(step), \(period): marked done without saying who recorded it ('by')"
        case .placeholderLeft(let placeholder):
            switch placeholder {
            case .agencyName(let name):
                return th
                    ? "ชื่อหน่วยงานยังเป็นข้อความของแม่แบบ '\(name)' ให้ใส่ชื่อหน่วยงานจริง"
                    : "the agency's name is still the template's placeholder '\(name)'; write the agency's real name"
            case .zeroScores(let count):
                return th
                    ? "คะแนนตัวชี้วัดทั้ง \(count) ตัวยังเป็น 0 ตามแม่แบบ ให้ใส่คะแนน ITA ที่ประกาศจริง"
                    : "all \(count) indicator scores are still the template's 0; write the published ITA scores"
            case .marker(let key, let marker):
                return th
                    ? "'\(key)' ยังมีข้อความของแม่แบบ '\(marker)' ให้แก้เป็นข้อความจริง"
                    : "'\(key)' still holds the template's placeholder '\(marker)'; replace it with the real text"
            }
        case .firstDefinedHere:
            return th ? "ครั้งแรกอยู่ที่นี่" : "first defined here"
        case .hintTabs:
            return th
                ? "YAML ไม่ยอมให้ใช้แท็บย่อหน้า ให้ใช้ช่องว่างแทน"
                : "YAML does not allow tabs for indentation; indent with spaces"
        case .hintQuoteColon:
            return th
                ? "ข้อความที่มี ': ' ต้องอยู่ในเครื่องหมายคำพูด เช่น text: \"หมายเหตุ: ...\""
                : "a value holding ': ' must be in quotes, e.g. text: \"Note: ...\""
        case .hintIndentation(let found, let above):
            return th
                ? "บรรทัดนี้ย่อหน้า \(found) ช่อง แต่บรรทัดก่อนหน้าย่อหน้า \(above) ช่อง คีย์ในระดับเดียวกันต้องย่อหน้าเท่ากันพอดี"
                : "this line is indented \(found) spaces and the line above it \(above): keys at one level must line up exactly"
        case .hintQuoteText:
            return th
                ? "ถ้าต้องการข้อความ ให้ใส่เครื่องหมายคำพูด"
                : "put it in quotes if text is meant"
        case .fiscalYearStatedHere:
            return th ? "ปีงบประมาณระบุไว้ที่นี่" : "the fiscal year is stated here"
        case .unconfirmed(let inner, let fact, let year, let confidence):
            return th
                ? "\(inner.text(in: language)) (\(fact.thaiName) ของ ITA \(year): \(confidence.thaiName))"
                : "\(inner.text(in: language)) (ITA \(year) \(fact.englishName): \(confidence.englishName))"
        case .levelUnchecked(let stated, let decision):
            let fact = decision.weakestFact
            let by = Message.levelDecided(decision).text(in: language)
            return th
                ? "\(fact.thaiName)ของ ITA \(decision.assessmentYear) \(decision.confidence.thaiName) itaplan จึงตรวจระดับ \(stated) ไม่ได้ (ตามข้อมูลนี้ \(by))"
                : "the ITA \(decision.assessmentYear) \(fact.englishName) \(fact.englishVerb) \(decision.confidence.englishName): itaplan cannot check \(stated) (by them, \(by))"
        case .levelMismatch(let stated, let decision):
            let by = Message.levelDecided(decision).text(in: language)
            return th
                ? "ระดับ \(stated) ไม่ตรงกับคะแนน: \(by)"
                : "level \(stated) does not follow from the scores: \(by)"
        case .levelDecided(let decision):
            let total = DecimalText.format(decision.total, places: 2)
            let reached = decision.reached
            var text = th
                ? "คะแนนรวม \(total) ถึงระดับ \(reached.level) (ตั้งแต่ \(DecimalText.trimmed(reached.minimum)))"
                : "the total \(total) reaches \(reached.level) (≥ \(DecimalText.trimmed(reached.minimum)))"
            for lowering in decision.lowerings {
                text += "; " + Message.levelLowered(lowering).text(in: language)
            }
            if !decision.lowerings.isEmpty {
                text += th ? " จึงได้ระดับ \(decision.level)" : ", so the level is \(decision.level)"
            }
            return text
        case .levelLowered(let lowering):
            let score = DecimalText.format(lowering.score, places: 2)
            let bar = DecimalText.trimmed(lowering.below)
            let sure = lowering.confidence == .confirmed ? "" : " (\(th ? lowering.confidence.thaiName : lowering.confidence.englishName))"
            return th
                ? "\(lowering.tool) ได้ \(score) ต่ำกว่า \(bar) จึงลดจาก \(lowering.from) เป็น \(lowering.to)\(sure)"
                : "\(lowering.tool) \(score) is below \(bar), which lowers \(lowering.from) to \(lowering.to)\(sure)"
        case .levelNotInScales(let stated, let year, let levels):
            return th
                ? "'\(stated)' ไม่ใช่ระดับผลการประเมินของ ITA \(year) (ระดับที่มี: \(levels.joined(separator: ", ")))"
                : "'\(stated)' is not a level of ITA \(year) (levels: \(levels.joined(separator: ", ")))"
        case .yearModelFileName(let name):
            return th
                ? "ไฟล์เกณฑ์ปีต้องตั้งชื่อเป็นปี พ.ศ. เช่น 2569.yaml แต่ไฟล์นี้ชื่อ '\(name)'"
                : "a year model file is named by its Buddhist Era year, e.g. 2569.yaml; this one is '\(name)'"
        case .yearModelEmpty:
            return th
                ? "ไฟล์เกณฑ์ปีว่างเปล่า เริ่มจาก itaplan years show <ปี> --format yaml"
                : "the year model file is empty; start from itaplan years show <year> --format yaml"
        case .noYearModel(let year, let known):
            let list = known.map(String.init).joined(separator: ", ")
            return th
                ? "ไม่มีเกณฑ์ของ ITA \(year) (มีปี \(list)) เพิ่มได้เป็น ita-years/\(year).yaml (docs/year-models.md)"
                : "no model for ITA \(year) (known years: \(list)); add one as ita-years/\(year).yaml (docs/year-models.md)"
        case .yearModelControlCharacters(let key):
            return th
                ? "'\(key)' มีอักขระควบคุมหรืออักขระกำหนดทิศทางข้อความ (เช่น แท็บ ขึ้นบรรทัดใหม่ escape) ซึ่งใช้ในเกณฑ์ของปีไม่ได้"
                : "'\(key)' holds control or text-direction characters (a tab, a line break, an escape, a bidi override), which a year model cannot use"
        case .yearModelYearMismatch(let stated, let fileYear):
            return th
                ? "assessment_year เป็น \(stated) แต่ไฟล์ชื่อ \(fileYear) ชื่อไฟล์กับปีต้องตรงกัน"
                : "assessment_year is \(stated), but the file is named for \(fileYear); the two must agree"
        case .yearModelDuplicate(let name):
            return th ? "'\(name)' ระบุซ้ำ" : "'\(name)' is listed twice"
        case .yearModelUnknownName(let name, let known):
            return th
                ? "ไม่มี '\(name)' ในเกณฑ์นี้ (ที่มี: \(known.joined(separator: ", ")))"
                : "'\(name)' is not in this model (it has: \(known.joined(separator: ", ")))"
        case .yearModelWeightsSum(let sum):
            return th
                ? "น้ำหนักของแบบวัดรวมกันได้ \(DecimalText.trimmed(sum, maxPlaces: 6)) ต้องรวมได้ 1"
                : "the tools' weights add up to \(DecimalText.trimmed(sum, maxPlaces: 6)), not 1"
        case .yearModelBandOrder(let minimum, let previous):
            return th
                ? "ระดับต้องเรียงจากสูงไปต่ำ: \(DecimalText.trimmed(minimum)) ไม่ต่ำกว่าระดับก่อนหน้า (\(DecimalText.trimmed(previous)))"
                : "bands go from the highest down: \(DecimalText.trimmed(minimum)) is not below the band before it (\(DecimalText.trimmed(previous)))"
        case .doneAfterYear(let done, let fiscalYear):
            return th
                ? "วันที่เสร็จ \(dates.day(done)) อยู่หลังสิ้นปีงบประมาณ \(fiscalYear) (\(dates.day(FiscalYear(fiscalYear).end)))"
                : "done on \(dates.day(done)), after fiscal year \(fiscalYear) ended (\(dates.day(FiscalYear(fiscalYear).end)))"
        case .doneAfterEvidenceWindow(let done, let end, let year, let confidence):
            return th
                ? "วันที่เสร็จ \(dates.day(done)) อยู่หลังปิดรับหลักฐาน OIT ของ ITA \(year) (\(dates.day(end)), \(confidence.thaiName)) หลักฐานนี้อาจไม่ทันการประเมิน ITA \(year)"
                : "done on \(dates.day(done)), after the ITA \(year) OIT evidence window closed (\(dates.day(end)), \(confidence.englishName)); this evidence may miss ITA \(year)"
        case .carriedOverNeedsEarlierDate(let done, let fiscalYear):
            return th
                ? "carried_over ใช้กับงานที่เสร็จก่อนเริ่มปีงบประมาณ \(fiscalYear) แต่บันทึกนี้ลงวันที่ \(dates.day(done))"
                : "carried_over is for work done before fiscal year \(fiscalYear) began, but this record is dated \(dates.day(done))"
        case .unconfirmedFact(let fact, let year, let confidence):
            return th
                ? "\(fact.thaiName)ของ ITA \(year) \(confidence.thaiName)"
                : "the ITA \(year) \(fact.englishName) \(fact.englishVerb) \(confidence.englishName)"
        case .factSource(let source):
            return th ? "แหล่งที่มา: \(source)" : "source: \(source)"
        case .hintCarriedOver:
            return th
                ? "ถ้างานนี้เสร็จก่อน 1 ต.ค. แต่ยังนับเป็นผลของปีนี้ ให้เพิ่ม carried_over: true ในบันทึก"
                : "if the work was finished before 1 October and still counts for this year, add carried_over: true to the record"
        }
    }

    /// A spec's name ("step", "plan") as the Thai noun for it.
    static func thaiObjectName(_ name: String) -> String {
        switch name {
        case "plan": return "แผน"
        case "agency": return "หน่วยงาน (agency:)"
        case "ita": return "ผลการประเมิน ITA (ita:)"
        case "indicator": return "ตัวชี้วัด"
        case "analysis": return "การวิเคราะห์ผล (analysis:)"
        case "measure": return "มาตรการ"
        case "step": return "ขั้นตอน"
        case "schedule": return "กำหนดเวลา (schedule:)"
        case "progress": return "บันทึกความคืบหน้า (progress:)"
        case "settings": return "การตั้งค่า (settings:)"
        case "tool": return "แบบวัด"
        case "tools": return "แบบวัดและน้ำหนัก (tools:)"
        case "indicators": return "ตัวชี้วัด (indicators:)"
        case "band": return "ระดับ (bands:)"
        case "scale": return "ชุดระดับผลการประเมิน (scales:)"
        case "condition": return "เงื่อนไขการลดระดับ (conditions:)"
        case "pass_mark": return "เกณฑ์ผ่าน (pass_mark:)"
        case "oit_items": return "ข้อ OIT (oit_items:)"
        case "evidence_window": return "ช่วงส่งหลักฐาน (evidence_window:)"
        case "year model": return "เกณฑ์ของปี"
        default: return " " + name
        }
    }

    /// A due instance's key as a Thai plan writes it: `2026-10` is `2569-10`.
    static func buddhistEraPeriod(_ key: String) -> String {
        let parts = key.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]) else { return key }
        return "\(year + 543)-\(parts[1])"
    }

    private static func list(_ items: [String]) -> String {
        items.count > 6 ? items.prefix(6).joined(separator: ", ") + ", …" : items.joined(separator: ", ")
    }

    private func megabytes(_ bytes: Int) -> String {
        DecimalText.format(Double(bytes) / 1_048_576, places: 1)
    }

    /// libyaml's most common problems, in Thai; others are shown as libyaml words them.
    static let thaiYAMLProblems: [String: String] = [
        "found character that cannot start any token": "พบอักขระที่ขึ้นต้นส่วนใดของ YAML ไม่ได้",
        "mapping values are not allowed in this context": "ใช้ ':' ตรงนี้ไม่ได้",
        "could not find expected ':'": "ไม่พบ ':' ที่ควรมี",
        "did not find expected key": "ไม่พบคีย์ที่ควรมี (การย่อหน้าอาจไม่ตรงกัน)",
        "did not find expected '-' indicator": "ไม่พบ '-' ของรายการที่ควรมี (การย่อหน้าอาจไม่ตรงกัน)",
        "did not find expected <document start>": "ไม่พบจุดเริ่มเอกสารที่ควรมี (การย่อหน้าอาจไม่ตรงกัน)",
        "did not find expected node content": "ไม่พบค่าที่ควรมี",
        "did not find expected ',' or ']'": "ไม่พบ ',' หรือ ']' ที่ควรมี",
        "did not find expected ',' or '}'": "ไม่พบ ',' หรือ '}' ที่ควรมี",
        "found unexpected end of stream": "ไฟล์จบก่อนที่ควรจะจบ",
        "found unknown escape character": "พบ escape ที่ไม่รู้จักในข้อความที่อยู่ใน \"...\"",
        "found undefined tag handle": "พบแท็กที่ไม่ได้ประกาศ",
        "control characters are not allowed": "มีอักขระควบคุมซึ่งไม่อนุญาต",
        "found a tab character that violates indentation": "พบแท็บที่ใช้ย่อหน้า ซึ่ง YAML ไม่อนุญาต",
        "found a tab character where an indentation space is expected": "พบแท็บในที่ที่ต้องเป็นช่องว่างย่อหน้า",
        "block sequence entries are not allowed in this context": "ใช้ '-' ตรงนี้ไม่ได้ (การย่อหน้าอาจไม่ตรงกัน)",
    ]
}

extension ValueKind {
    var englishName: String {
        switch self {
        case .text: return "text"
        case .number: return "a number"
        case .wholeNumber: return "a whole number"
        case .year: return "a Buddhist Era year (e.g. 2564)"
        case .list: return "a list"
        case .mapping: return "a mapping (key: value lines)"
        case .date: return "a date (2021-03-31 or 2564-03-31)"
        case .url: return "an http(s) URL"
        case .boolean: return "true or false"
        case .id: return "an id (e.g. 1 or 1.10)"
        }
    }

    var thaiName: String {
        switch self {
        case .text: return "ข้อความ"
        case .number: return "ตัวเลข"
        case .wholeNumber: return "จำนวนเต็ม"
        case .year: return "ปี พ.ศ. (เช่น 2564)"
        case .list: return "รายการ"
        case .mapping: return "แมปปิง (บรรทัด คีย์: ค่า)"
        case .date: return "วันที่ (2021-03-31 หรือ 2564-03-31)"
        case .url: return "URL แบบ http(s)"
        case .boolean: return "true หรือ false"
        case .id: return "รหัส (เช่น 1 หรือ 1.10)"
        }
    }
}

extension FoundValue {
    var englishDescription: String {
        switch self {
        case .scalar(let text): return "'\(Self.shortened(text))'"
        case .list: return "a list"
        case .mapping: return "a mapping"
        }
    }

    var thaiDescription: String {
        switch self {
        case .scalar(let text): return " '\(Self.shortened(text))'"
        case .list: return "รายการ"
        case .mapping: return "แมปปิง"
        }
    }

    private static func shortened(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(40)) + "…" : text
    }
}

extension ModelFact {
    var englishName: String {
        switch self {
        case .weights: return "tool weights"
        case .indicators: return "indicators"
        case .levels: return "level bands"
        case .conditions: return "level conditions"
        case .passMark: return "pass mark"
        case .oitItems: return "OIT item numbers"
        case .evidenceWindow: return "OIT evidence window"
        }
    }

    var englishVerb: String {
        self == .passMark || self == .evidenceWindow ? "is" : "are"
    }

    var thaiName: String {
        switch self {
        case .weights: return "น้ำหนักแบบวัด"
        case .indicators: return "ตัวชี้วัด"
        case .levels: return "เกณฑ์ระดับผลการประเมิน"
        case .conditions: return "เงื่อนไขการลดระดับ"
        case .passMark: return "เกณฑ์ผ่าน"
        case .oitItems: return "ข้อ OIT ของมาตรการ"
        case .evidenceWindow: return "ช่วงส่งหลักฐาน OIT"
        }
    }
}

extension Confidence {
    /// "assumed, not confirmed" and the like, for messages.
    public var englishName: String {
        switch self {
        case .confirmed: return "confirmed"
        case .reported: return "reported, not confirmed"
        case .assumed: return "assumed, not confirmed"
        }
    }

    public var thaiName: String {
        switch self {
        case .confirmed: return "ยืนยันแล้ว"
        case .reported: return "มีรายงานแต่ยังไม่ยืนยัน"
        case .assumed: return "เป็นข้อสันนิษฐาน ยังไม่ยืนยัน"
        }
    }
}

extension IDKind {
    var thaiName: String {
        switch self {
        case .measure: return "รหัสมาตรการ"
        case .step: return "รหัสขั้นตอน"
        case .indicator: return "ตัวชี้วัด"
        }
    }
}

extension SourceProblem {
    /// `FileReading`'s kinds of special file, in Thai.
    static func thaiFileKind(_ kind: String) -> String {
        switch kind {
        case "FIFO": return "ท่อส่งข้อมูล (FIFO)"
        case "socket": return "ซ็อกเก็ต (socket)"
        case "character device": return "อุปกรณ์แบบอักขระ"
        case "block device": return "อุปกรณ์แบบบล็อก"
        case "folder": return "โฟลเดอร์"
        default: return "ไฟล์พิเศษ"
        }
    }

    /// Never names what a link points to, nor anything read through it.
    func text(thai th: Bool) -> String {
        switch self {
        case .symbolicLinkOutside:
            return th
                ? "ไฟล์นี้เป็นลิงก์สัญลักษณ์ (symbolic link) ที่ชี้ออกไปนอกที่เก็บแผน itaplan ไม่อ่านตามลิงก์นี้ ให้ใส่ไฟล์แผนจริงไว้แทน"
                : "this path is a symbolic link leading out of the repository (or the plan folder); itaplan does not follow it, so put the plan file itself here"
        case .symbolicLinkInGit:
            return th
                ? "ไฟล์นี้ถูกเก็บใน git เป็นลิงก์สัญลักษณ์ (symbolic link) ซึ่งเก็บเพียงที่อยู่ปลายทาง ไม่ใช่แผน ให้เก็บไฟล์แผนจริงแทน"
                : "this path is stored in git as a symbolic link, which holds only where it points, not a plan; commit the plan file itself"
        case .notRegularFile(let kind):
            return th
                ? "ไฟล์นี้ไม่ใช่ไฟล์ธรรมดา (เป็น\(Self.thaiFileKind(kind))) จึงไม่อ่าน"
                : "this is not a regular file (it is a \(kind)), so it was not read"
        case .pathTooLong:
            return th
                ? "ชื่อไฟล์รวมโฟลเดอร์ยาวเกินที่ระบบปฏิบัติการรับได้ (PATH_MAX) จึงตรวจไม่ได้ ให้ย้ายแผนไปไว้ในโฟลเดอร์ที่สั้นกว่า"
                : "the path is longer than the operating system accepts (PATH_MAX), so the plan could not be checked; move it to a shorter folder"
        }
    }
}
