package dev.clustergov.core.guideline;

import static dev.clustergov.core.guideline.Modality.ENCOURAGE;
import static dev.clustergov.core.guideline.Modality.MAY;
import static dev.clustergov.core.guideline.Modality.NONE;
import static dev.clustergov.core.guideline.Modality.SHALL;
import static dev.clustergov.core.guideline.Modality.SHOULD;
import static dev.clustergov.core.guideline.Modality.SUPPORT;

import dev.clustergov.core.kernel.Text;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The text of the guideline, article by article (条文): the Chinese verbatim from the CCID original
 * of December 2023 (its typography kept, half-width brackets and 帐户 included), an English summary
 * beside it, and the modal word each clause uses.
 *
 * <p>An item or point written with {@link #follows} has no modal word of its own and takes its
 * lead's: the lead's verb governs the list (Art.7 "应当具备以下基本条件：（一）…").
 */
final class Catalogue {

  private Catalogue() {}

  static final List<Article> ARTICLES = List.of(
      // 第一章 总则
      article(1, "制定目的", "Purpose",
          says(NONE, "为加快培育发展先进制造业集群，引导先进制造业集群发展促进组织规范自身组织建设，提升专业服务水平，推进集群治理能力现代化，依据党的二十大报告、《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》，按照国家培育发展先进制造业集群的工作要求，特制定本指引。",
              "Purpose: grow advanced manufacturing clusters, have cluster development promotion organizations (POs) build themselves to a standard and serve professionally, and modernise cluster governance; based on the 20th Party Congress report and the 14th Five-Year Plan.")),
      article(2, "定义", "Definition of a cluster development promotion organization",
          says(NONE, "本指引所称集群发展促进组织是在特定的先进制造业集群内，在政府的指导或引导下，由集群龙头企业、社会团体、科研机构等单位发起成立的，专业服务集群建设发展的第三方法人组织。",
              "A cluster development promotion organization (PO) is a third-party legal person inside one specific advanced manufacturing cluster, set up under government guidance, initiated by the cluster's leading enterprises, social groups, research institutions and similar units, and serving the cluster's development.")),
      article(3, "职能", "Functions",
          says(NONE, "集群发展促进组织的职能包括引导集群战略方向、促进集群沟通交流、促进集群政企对接、促进集群协同创新、促进集群开放融合、提供集群服务阵地、促进集群自律规范等。",
              "Seven functions: guide the cluster's strategic direction, promote communication, promote government–enterprise connection, promote collaborative innovation, promote openness and integration, provide a service base, promote self-discipline.")),
      article(4, "基本原则", "Principles",
          says(NONE, "集群发展促进组织的组建和运营坚持政府引导和市场主导相结合，坚持协同合作与营造生态相结合，坚持动态管理和精准服务相结合，坚持合法合规和创新探索相结合，精细化管理，有序推进。",
              "Establishment and operation combine government guidance with market leadership, cooperation with ecosystem building, dynamic management with precise service, and legal compliance with innovation; managed finely and advanced in order.")
              .note("原文“坚持”为原则性表述，不设义务。", "坚持 states principles here; it creates no obligation.")),
      article(5, "依法合规", "Legal compliance",
          says(SHALL, "集群发展促进组织的组建和运营必须遵守《中华人民共和国民法典》《社会团体登记管理条例》等法律法规和国家政策，必须维护国家利益和社会公共利益，必须符合行业整体利益。同时，集群发展促进组织的合法权益受法律保护。",
              "Establishment and operation must obey the Civil Code, the Regulations on Registration of Social Groups and other law and national policy, must protect national and public interests and must accord with the industry's overall interest; the PO's lawful rights are protected by law.")),
      article(6, "业务指导与认定管理", "Guidance, recognition and oversight",
          says(NONE, "集群发展促进组织接受所在地工业和信息化主管部门的业务指导，相关管理机构开展认定、管理、监督和考核工作。",
              "The PO takes business guidance from the local industry and information-technology authority; the responsible management bodies recognise, manage, supervise and assess it.")
              .note("陈述句，无情态词；认定、监督由主管部门作出，规则据此确定主体而非设定义务。",
                  "Declarative, with no modal word; it says who recognises and supervises rather than imposing a duty.")),
      // 第二章 组建
      article(7, "组建基本条件", "Basic conditions for establishment",
          says(SHALL, "集群发展促进组织是开展集群发展促进工作、提供专业化服务的特定机构。集群发展促进组织的组建应当具备以下基本条件：",
              "A PO is a dedicated body for cluster promotion and professional services; to be established it shall meet the following basic conditions:"),
          item(follows("坚持党的领导地位，充分发挥党组织在集群发展促进组织中的战斗堡垒作用，强化政治引领，切实保证党的领导贯彻落实到位。",
              "Party leadership: a Party organization in the PO plays its role as a stronghold and gives political guidance.")),
          item(says(SHALL, "集群发展促进组织应具备可持续服务的能力，包括规范的名称和组织机构、符合规定的章程、开展业务的基本设施（固定的办公地点、办公设备等）、注册资金等。",
              "Capacity to serve sustainably: a standard name and organizational structure, a charter that meets the rules, basic facilities (a fixed office, office equipment) and registered capital.")),
          item(says(SHOULD, "集群发展促进组织的工作人员宜根据所服务集群的规模、范围和功能等因素合理确定，宜配备相应的专业技术人员、管理人员和辅助人员，并符合相关法律法规和章程的要求。",
              "Staff should be sized to the cluster's scale, scope and functions, with professional-technical, management and auxiliary staff, in line with law and the charter.")
              .note("两处“宜”：人员规模与配备为提示性要求；符合法律法规和章程的要求另由法律约束。",
                  "Both verbs are 宜: staffing is advisory; compliance with law and the charter binds by law itself.")),
          item(says(SHALL, "集群发展促进组织应制定与本组织相适应的人事管理、财务管理、档案管理等制度，并形成规范性文件。",
              "Personnel, financial and archive management systems suited to the PO, written as normative documents.")),
          item(says(SHALL, "集群发展促进组织应当具备自我造血能力，具有相对稳定的收入来源，包括但不限于会员会费、政府拨款、社会捐赠、规定允许范围内的服务收入等。",
              "Self-sustaining: relatively stable income, such as membership dues, government appropriations, donations and permitted service income."))),
      article(8, "法人治理结构", "Legal-person governance structure",
          says(SHALL, "健全的法人治理结构和运行机制，是集群发展促进组织成为职能清晰、权责明确、协调有序、运转高效的法人主体的基本要求。集群发展促进组织应具备如下治理特征：",
              "A sound legal-person governance structure and operating mechanism are the basic requirement for clear functions, defined powers and responsibilities, and efficient operation; the PO shall have these governance features:"),
          item(says(MAY, "集群发展促进组织主体选择既可以是事业单位、社会团体、社会服务机构等非营利组织，也可以是诸如系统解决方案服务商、科研机构等市场化运作的营利性中介组织，还可以是以上组织的联合体。",
              "Organization type: a non-profit (public institution, social group, social service agency), a market-run for-profit intermediary (such as a system solution provider or research institution), or a consortium of these.")
              .heading("组织类型", "Organization type")
              .note("“可以”列出允许的组织类型，供选择，不要求某一特定类型。",
                  "可以 lists the permitted types to choose from; no one type is required.")),
          item(says(SHALL, "集群发展促进组织应在共同协商的基础上，建立规范的组织章程，并同步制定有决策层、监督层、管理层、执行层和咨询层“五位一体”的组织架构体系。",
              "Organizational structure: a charter reached by common consultation, and the five-layer structure of decision, supervision, management, execution and advisory layers.")
              .heading("组织架构", "Organizational structure"),
              follows("决策层是集群发展促进组织的权力机构，主要形式包括成员大会、会员大会、决策部门等成员公认的具备决策权力的机构。决策层主要负责重大事项的决策。",
                  "Decision layer: the PO's highest authority, such as a members' assembly, member congress or decision department; decides major matters.")
                  .heading("决策层", "Decision layer"),
              follows("监督层是集群发展促进组织的监督机构，主要形式包括监事会、监督部门等成员公认的具备监督权力的机构。监督层负责监督集群发展促进组织的业务运行及日常管理。",
                  "Supervision layer: a board of supervisors or supervisory department; supervises operations and daily management.")
                  .heading("监督层", "Supervision layer"),
              follows("管理层是集群发展促进组织的管理机构，主要形式包括理事会、管理部门等成员公认的具备管理权力的机构。管理层负责除了决策层决策权限以外的其他重大事项的决策。",
                  "Management layer: a council or management department; decides major matters outside the decision layer's powers.")
                  .heading("管理层", "Management layer"),
              follows("执行层是集群发展促进组织的执行机构，主要形式包括秘书处、管理部门等成员公认的具备执行权力的机构。执行层负责集群发展促进组织的日常行政性事务以及执行决策层、监督层、管理层的重大事项决策。",
                  "Execution layer: a secretariat or executive department; handles daily administration and carries out the decisions of the decision, supervision and management layers.")
                  .heading("执行层", "Execution layer"),
              follows("咨询层是集群发展促进组织的咨询机构，由相关的技术、服务、行业管理等各个领域的专家组成。主要形式包括专家委员会、咨询部门等成员公认的具备专业性、代表性或权威性咨询能力的机构。咨询层主要负责研讨集群发展并提出发展建议等。",
                  "Advisory layer: an expert committee or advisory department of experts in technology, services, industry management and other fields; studies the cluster and advises.")
                  .heading("咨询层", "Advisory layer"))),
      // 第三章 管理
      article(9, "规章制度", "Management rules",
          says(SHALL, "集群发展促进组织应当建立规范的人事管理、行政管理、财务管理、业务管理、保密安全管理等方面的规章制度。",
              "Rules for personnel, administrative, financial, business, and confidentiality and security management.")),
      article(10, "财产保护", "Protection of property",
          says(SHALL, "集群发展促进组织采取多元化投入的组建方式，集群发展促进组织的财产及其他合法收入受法律保护，任何单位和个人不得侵占、私分、挪用。",
              "Diversified investment; the PO's property and lawful income are protected by law; no unit or person may seize, privately divide or misappropriate them.")
              .note("“不得”为禁止性规定，与“应当”同为约束性要求。",
                  "不得 is a prohibition: a binding requirement, as shall is.")),
      article(11, "收费标准", "Dues and fee standards",
          says(SHALL, "集群发展促进组织要建立公开透明的会费或服务收费标准制度，相关费用必须用于章程规定的业务范围和事业的发展。",
              "Open, transparent standards for membership dues or service fees; the fees must be used for the business scope in the charter and the PO's development.")),
      article(12, "独立核算", "Independent accounts",
          says(SHALL, "集群发展促进组织必须建立独立的财务和银行帐户，实行独立核算。",
              "An independent finance function and bank account, with independent accounting.")),
      article(13, "市场化用人", "Market-based employment",
          says(NONE, "集群发展促进组织采用市场化用人机制，自主面向社会公开招聘人员，对标市场化薪酬合理确定职工工资水平。",
              "Market-based employment: open public recruitment, and salaries benchmarked to the market.")
              .note("陈述句（“采用”），无情态词；地方政策包可将其定为约束性。",
                  "Declarative (采用), with no modal word; a local policy pack may make it binding.")),
      article(14, "信息披露", "Information disclosure",
          says(NONE, "集群发展促进组织实行信息披露制度，通过公开渠道面向社会公开重大事项、年度报告等。",
              "Information disclosure: major matters, annual reports and the like are published through public channels.")
              .note("陈述句（“实行”），无情态词；地方政策包可将其定为约束性。",
                  "Declarative (实行), with no modal word; a local policy pack may make it binding.")),
      article(15, "民主协商与矛盾调解", "Consultation and dispute resolution",
          says(SHALL, "集群发展促进组织应当建立民主协商和内部矛盾调解制度。内部矛盾经协商不能解决的，可以依法通过调解、仲裁或诉讼等途径解决。",
              "Democratic consultation and internal dispute mediation shall be established; what consultation cannot resolve may go to mediation, arbitration or litigation by law.")
              .note("第一句“应当”（建立制度）；第二句“可以”（外部调解、仲裁或诉讼为可选途径）。",
                  "First sentence 应当 (set up the system); second sentence 可以 (external mediation, arbitration or litigation is an option, not a duty).")),
      article(16, "知识产权管理", "Intellectual property management",
          says(SHALL, "集群发展促进组织应当建立“共建共享”的知识产权管理制度，通过合同约定、签订知识产权管理协议等方式，明确政府、集群发展促进组织、合作共建单位等各方在知识产权创造、保护和运用中的责任和义务，以及知识产权的归属、使用和利益分配。",
              "Co-build and share IP management: contracts or IP agreements set the duties of government, the PO and partners in creating, protecting and using IP, and its ownership, use and benefit sharing.")),
      // 第四章 运行
      article(17, "服务集群发展", "Serving the cluster",
          says(NONE, "集群发展促进组织的运行以服务集群发展为中心，包括开展集群成员共需的、非排他性的多元化公共服务，统筹搭建创新中心、中试基地、共享制造中心等硬平台等，为集群发展赋能。",
              "Operation centres on serving the cluster: non-exclusive public services that members commonly need, and hard platforms such as innovation centres, pilot-scale bases and shared manufacturing centres.")),
      article(18, "引导集群战略方向", "Guide the cluster's strategic direction",
          says(SHALL, "集群发展促进组织要精准引导集群战略方向。",
              "The PO shall guide the cluster's strategic direction precisely."),
          item(follows("及时了解国内外经济形势和产业发展动态、行业共性和非共性问题；",
              "Track the economic situation and industry trends at home and abroad, and the industry's common and specific problems.")),
          item(follows("组织发展战略咨询，参与编制集群规划、政策和培育方案；",
              "Organise strategy consulting; help draft cluster plans, policies and development programmes.")),
          item(follows("引导集群品牌建设，促进新产业、新业态、新模式发展；",
              "Guide cluster brand building; foster new industries, business formats and models.")),
          item(follows("规划引导产业发展战略、功能定位、空间布局等；",
              "Plan the industry's strategy, functional positioning and spatial layout.")),
          item(follows("研究制定集群发展行动计划和产业发展路径图。",
              "Draft cluster action plans and industry roadmaps."))),
      article(19, "促进集群沟通交流", "Promote communication",
          says(SHALL, "集群发展促进组织要大力促进集群沟通交流。",
              "The PO shall vigorously promote communication within the cluster."),
          item(follows("为集群成员提供正式和非正式的信息交流机制，搭建合作对接平台；",
              "Formal and informal information exchange for members; matchmaking platforms.")),
          item(follows("协调企业各方利益，促进多边联系、互利合作，构建广泛统一战线；",
              "Coordinate enterprises' interests; multilateral ties and mutually beneficial cooperation; a broad united front.")),
          item(follows("加强集群内部单位同集群外部单位的沟通交流，建立常态化沟通渠道和机制；",
              "Regular channels and mechanisms between units inside and outside the cluster.")),
          item(follows("对企业行业问诊把脉，提出集群发展策略和政策建议；",
              "Diagnose enterprises and the industry; propose cluster strategies and policy advice.")),
          item(follows("开展市场调研，进行市场预报，建立产业风险和损害预警机制。",
              "Market research and forecasts; early warning of industry risk and damage."))),
      article(20, "促进集群政企对接", "Promote government–enterprise connection",
          says(SHALL, "集群发展促进组织要积极促进集群政企对接。",
              "The PO shall actively connect government and the cluster's enterprises."),
          item(follows("协助政府做好集群发展动态跟踪、统计监测和问题反馈；",
              "Help government track the cluster, monitor it statistically and report problems.")),
          item(follows("贯彻落实政府有关政策法规，发挥下沉作用；",
              "Implement government policy and regulations, reaching down to enterprises.")),
          item(follows("向政府反映集群及成员单位的愿望和诉求，维护成员单位合法权益；",
              "Voice the wishes and demands of the cluster and its members to government; protect members' lawful rights.")),
          item(follows("接受政府委托承办或根据市场和集群发展需要举办相关活动；",
              "Host events commissioned by government or needed by the market and the cluster.")),
          item(follows("研究探讨产业政策、法律法规等，为政府制定政策提供预案和建议。",
              "Study industrial policy and law; give government proposals and advice for policy-making."))),
      article(21, "促进集群协同创新", "Promote collaborative innovation",
          says(SHALL, "集群发展促进组织要积极推动促进集群协同创新。",
              "The PO shall actively promote collaborative innovation in the cluster."),
          item(follows("推动集群企业与国内外科院所围绕产业前沿、关键技术，开展技术攻关和创新合作；",
              "Joint research and innovation between cluster enterprises and research institutes at home and abroad on frontier and key technologies.")),
          item(follows("推动高校与集群企业整合创新资源，开展创新中心等平台建设工作，共享科研成果；",
              "Universities and enterprises pool innovation resources, build innovation centres and other platforms, share research results.")),
          item(follows("推动多单位多主体创新创业孵化、成果转化推广应用、检验检测认证等活动，加速集群知识外溢和技术扩散；",
              "Incubation, commercialisation and diffusion of results, testing, inspection and certification; faster knowledge spill-over and technology diffusion.")),
          item(follows("推动集群建立健全知识产权支撑引领创新驱动发展的机制，构建集群协同创新网络。",
              "IP mechanisms that support innovation-driven development; a collaborative innovation network."))),
      article(22, "促进集群开放融合", "Promote openness and integration",
          says(SHALL, "集群发展促进组织要充分促进集群开放融合。",
              "The PO shall fully promote the cluster's openness and integration."),
          item(follows("密切关注全球创新要素和产业动态，搭建和参与国际集群交流渠道；",
              "Follow global innovation factors and industry trends; build and join international cluster exchange channels.")),
          item(follows("组织集群成员参加展览展示、沙龙论坛、创新创业、比赛竞赛等活动;",
              "Take members to exhibitions, salons and forums, innovation and entrepreneurship events, and competitions.")),
          item(follows("举办本集群的国内外展览会、技术交流会、产品推广会等活动;",
              "Host the cluster's exhibitions, technical exchanges and product launches at home and abroad.")),
          item(follows("通过联合参展、对外考察等形式, 代表行业开展对外交流合作;",
              "Joint exhibiting, study visits and external cooperation on the industry's behalf.")),
          item(follows("把握市场机会, 调动各方面资源力量帮助企业开拓国内外市场。",
              "Seize market opportunities; mobilise resources to help enterprises open domestic and foreign markets."))),
      article(23, "提供集群服务阵地", "Provide a service base",
          says(SHALL, "集群发展促进组织要注重提供集群服务阵地。",
              "The PO shall attend to providing a service base for the cluster."),
          item(follows("为集群成员在政策解读、信息服务、产业咨询等方面提供服务或对接服务;",
              "Policy interpretation, information services and industry consulting, provided directly or brokered.")),
          item(follows("为集群成员在投融资、协同创新、创业孵化、检验监测等方面提供对接服务;",
              "Brokered services for investment and financing, collaborative innovation, incubation, testing and monitoring.")),
          item(follows("为集群成员在经营管理、人才培育、技术培训等方面提供直接服务或对接服务;",
              "Business management, talent development and technical training, provided directly or brokered.")),
          item(follows("总结交流先进企业管理经验, 推广企业管理创新成果, 发布集群发展白皮书、报告等;",
              "Share advanced management experience and innovations; publish cluster white papers and reports.")),
          item(follows("组织教育教学机构、培训中心和企业单位联合开展专业课程、定制化课程培训。",
              "Professional and customised courses jointly with education bodies, training centres and enterprises."))),
      article(24, "促进集群自律规范", "Promote self-discipline",
          says(SHALL, "集群发展促进组织要积极促进集群自律规范。",
              "The PO shall actively promote self-discipline in the cluster."),
          item(follows("建立自律性机制，规范集群自我管理行为，提高集群形象和市场信誉，推动集群企业践行社会责任；",
              "Self-discipline mechanisms; better cluster image and market credit; corporate social responsibility.")),
          item(follows("协调解决公共产品和公共服务领域市场失灵等问题，维护集群内公平竞争环境；",
              "Resolve market failures in public goods and services; keep competition in the cluster fair.")),
          item(follows("组织协调集群成员统一行动，破除集群发展障碍。",
              "Coordinate members' joint action; remove obstacles to the cluster's development."))),
      // 第五章 监督
      article(25, "监管模式", "Model of supervision",
          says(NONE, "构建政府综合监管和集群发展促进组织自治的新型治理模式，建立专业化、协同化、社会化的监督管理机制，切实加强事中事后监管。",
              "A governance model of comprehensive government oversight and organizational self-governance; professional, coordinated and social supervision; stronger supervision during and after the fact.")
              .note("对监管体系的方向性表述，无情态词。", "A statement of direction for the supervisory system, with no modal word.")),
      article(26, "谁主管谁负责", "Whoever is in charge is responsible",
          says(NONE, "落实“谁主管、谁负责”原则，地方工业和信息化部门对集群发展促进组织进行政策和业务指导，并履行相关监管责任。",
              "Whoever is in charge is responsible: the local industry and information-technology department gives policy and business guidance and carries the supervisory responsibility.")
              .note("陈述句，无情态词；规定由谁监管。", "Declarative, with no modal word; it says who supervises.")),
      article(27, "集群自律", "Cluster self-discipline",
          says(ENCOURAGE, "鼓励集群发展促进组织加强集群自律，采取自律措施，规范集群成员行为，协调利益关系，维护集群声誉。",
              "POs are encouraged to strengthen self-discipline: measures that regulate members' conduct, coordinate interests and guard the cluster's reputation.")),
      article(28, "第三方评价", "Third-party evaluation",
          says(SUPPORT, "支持第三方机构将对集群发展促进组织的组建和运行进行监督与评价，并根据评价结果（金标、银标、铜标），作为其所代表的集群竞争力评价的参考。",
              "Third-party bodies are supported in supervising and evaluating POs' establishment and operation; the result (gold, silver, bronze) is a reference for evaluating the competitiveness of the cluster.")),
      article(29, "激励约束", "Incentives and sanctions",
          says(ENCOURAGE, "注重激励约束并举，对组织架构完善、职能运作良好，并在大力培育支撑先进制造业集群、推动集群高质量发展方面有显著成效的集群促进组织，鼓励地方工业和信息化部门根据落地项目投资额、技术交易额、供货合同额、人才招引数量及质量等给予相应奖励。对违反相关法律法规的集群发展促进组织，依法依规予以处理。",
              "Incentives and constraints together: local authorities are encouraged to reward POs with a sound structure, working functions and clear results, by investment in projects brought to the cluster, technology transaction value, supply contract value and the number and quality of talent attracted; violations of law are handled by law.")
              .note("“注重”提出激励约束并举，奖励用“鼓励”；违法处理依据法律法规本身，不由本条设定。",
                  "注重 frames incentives and constraints together; rewards are 鼓励; handling violations rests on the law itself, not on this article.")),
      article(30, "地方先行先试", "Local policies and pilots",
          says(ENCOURAGE, "鼓励地方参照本指引，立足实际、突出特色，研究制定促进集群发展促进组织能力提升的政策措施，坚持问题导向、系统设计、全面创新，瞄准最高标准、最高水平，开展先行先试。",
              "Localities are encouraged to adapt the guideline to local conditions, make policies that build POs' capacity, and pilot new measures to the highest standards.")),
      // 第六章 附则
      article(31, "解释权", "Interpretation",
          says(NONE, "本指引由中国电子信息产业发展研究院负责解释。",
              "CCID (China Center for Information Industry Development) interprets this guideline.")));

  // ---- a small language for writing the text above ----

  /** A clause as written above, before it knows its citation. {@code modality} null: the lead's. */
  record Draft(Modality modality, String zh, String en, Text heading, Text note) {
    Draft heading(String zh, String en) {
      return new Draft(modality, this.zh, this.en, Text.of(zh, en), note);
    }

    Draft note(String zh, String en) {
      return new Draft(modality, this.zh, this.en, heading, Text.of(zh, en));
    }

    Clause at(Citation citation, Modality lead) {
      return new Clause(citation, Option.of(heading), Text.of(zh, en), modality == null ? lead : modality,
          Option.of(note));
    }
  }

  record ItemDraft(Draft clause, List<Draft> points) {}

  private static Draft says(Modality modality, String zh, String en) {
    return new Draft(modality, zh, en, null, null);
  }

  private static Draft follows(String zh, String en) {
    return new Draft(null, zh, en, null, null);
  }

  private static ItemDraft item(Draft clause, Draft... points) {
    return new ItemDraft(clause, List.of(points));
  }

  private static Article article(int number, String titleZh, String titleEn, Draft lead, ItemDraft... items) {
    Clause own = lead.at(Citation.article(number), null);
    List<Item> built = List.empty();
    for (int i = 0; i < items.length; i++) {
      Clause item = items[i].clause().at(Citation.item(number, i + 1), own.modality());
      List<Clause> points = items[i].points().zipWithIndex()
          .map(p -> p._1.at(Citation.point(number, item.citation().item(), p._2 + 1), item.modality()));
      built = built.append(new Item(item, points));
    }
    Chapter chapter = Chapter.containing(number).getOrElseThrow(() -> new IllegalStateException("no chapter: " + number));
    return new Article(number, chapter, Text.of(titleZh, titleEn), own, built);
  }
}
