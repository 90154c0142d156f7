package dev.clustergov.adapters.rest.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The word lists behind the demo data's names (演示数据名称): 31 real prefecture-level cities with their
 * administrative division codes (GB/T 2260), provinces and industry departments, each with industries
 * of its real clusters and an invented university (no real institution is named: decision 0410); Chinese surnames
 * and given names; and the parts that Chinese company names are built from (字号 + 行业 + 组织形式), the 字号
 * chosen to match no well-known company. Drawn from with a seeded {@link Random},
 * so a seed always gives the same names.
 */
final class DemoNames {

  private DemoNames() {}

  /** A city (地级市), its province and the two industry departments that supervise its clusters. */
  record City(String name, String code, String province, String provinceCode, String provinceAuthority,
      String cityAuthority, List<String> industries, String university) {}

  static final List<City> CITIES = List.of(
      // Suzhou first: on an empty registry it makes 江苏省工业和信息化厅 authority-000002 and the Suzhou bureau authority-000003;
      // then one city of each other province, so that a few clusters already span many provinces
      city("苏州", "320500", "江苏省", "320000", "江苏省工业和信息化厅", "苏州市工业和信息化局", "苏州澄远理工学院", "高端纺织", "光通信", "智能装备"),
      city("深圳", "440300", "广东省", "440000", "广东省工业和信息化厅", "深圳市工业和信息化局", "深圳岚峰理工学院", "先进电池材料", "智能终端"),
      city("杭州", "330100", "浙江省", "330000", "浙江省经济和信息化厅", "杭州市经济和信息化局", "杭州霁川理工学院", "数字安防", "网络通信"),
      city("合肥", "340100", "安徽省", "340000", "安徽省经济和信息化厅", "合肥市经济和信息化局", "合肥朗晴理工学院", "新型显示", "集成电路"),
      city("长沙", "430100", "湖南省", "430000", "湖南省工业和信息化厅", "长沙市工业和信息化局", "长沙骁腾理工学院", "新一代自主安全计算系统"),
      city("西安", "610100", "陕西省", "610000", "陕西省工业和信息化厅", "西安市工业和信息化局", "西安辰屹理工学院", "光子", "新能源汽车"),
      city("青岛", "370200", "山东省", "370000", "山东省工业和信息化厅", "青岛市工业和信息化局", "青岛翊衡理工学院", "智能家电", "轨道交通装备"),
      city("武汉", "420100", "湖北省", "420000", "湖北省经济和信息化厅", "武汉市经济和信息化局", "武汉泓曜理工学院", "光电子信息", "汽车零部件"),
      city("成都", "510100", "四川省", "510000", "四川省经济和信息化厅", "成都市经济和信息化局", "成都屹晟理工学院", "软件和信息服务", "生物医药"),
      city("郑州", "410100", "河南省", "410000", "河南省工业和信息化厅", "郑州市工业和信息化局", "郑州珩宇理工学院", "超硬材料", "智能终端"),
      city("厦门", "350200", "福建省", "350000", "福建省工业和信息化厅", "厦门市工业和信息化局", "厦门舒澜理工学院", "平板显示"),
      city("沈阳", "210100", "辽宁省", "210000", "辽宁省工业和信息化厅", "沈阳市工业和信息化局", "沈阳煜川理工学院", "机器人", "航空装备"),
      city("南昌", "360100", "江西省", "360000", "江西省工业和信息化厅", "南昌市工业和信息化局", "南昌晟澜理工学院", "电子信息", "航空"),
      city("长春", "220100", "吉林省", "220000", "吉林省工业和信息化厅", "长春市工业和信息化局", "长春旭衡理工学院", "汽车", "光电信息"),
      city("柳州", "450200", "广西壮族自治区", "450000", "广西壮族自治区工业和信息化厅", "柳州市工业和信息化局", "柳州沐衡理工学院", "汽车"),
      city("昆明", "530100", "云南省", "530000", "云南省工业和信息化厅", "昆明市工业和信息化局", "昆明铭岳理工学院", "生物医药"),
      city("太原", "140100", "山西省", "140000", "山西省工业和信息化厅", "太原市工业和信息化局", "太原澜汐理工学院", "特种金属材料"),
      city("无锡", "320200", "江苏省", "320000", "江苏省工业和信息化厅", "无锡市工业和信息化局", "无锡昱岑理工学院", "物联网", "集成电路"),
      city("广州", "440100", "广东省", "440000", "广东省工业和信息化厅", "广州市工业和信息化局", "广州竑安理工学院", "智能装备", "超高清视频"),
      city("宁波", "330200", "浙江省", "330000", "浙江省经济和信息化厅", "宁波市经济和信息化局", "宁波槿越理工学院", "磁性材料", "绿色石化"),
      city("芜湖", "340200", "安徽省", "340000", "安徽省经济和信息化厅", "芜湖市经济和信息化局", "芜湖峤南理工学院", "机器人"),
      city("株洲", "430200", "湖南省", "430000", "湖南省工业和信息化厅", "株洲市工业和信息化局", "株洲珺泽理工学院", "轨道交通装备", "中小航空发动机"),
      city("济南", "370100", "山东省", "370000", "山东省工业和信息化厅", "济南市工业和信息化局", "济南芮川理工学院", "信息技术服务"),
      city("洛阳", "410300", "河南省", "410000", "河南省工业和信息化厅", "洛阳市工业和信息化局", "洛阳霈林理工学院", "轴承", "农机装备"),
      city("福州", "350100", "福建省", "350000", "福建省工业和信息化厅", "福州市工业和信息化局", "福州璟岚理工学院", "纺织化纤"),
      city("大连", "210200", "辽宁省", "210000", "辽宁省工业和信息化厅", "大连市工业和信息化局", "大连湛翎理工学院", "高端装备", "石化"),
      city("南京", "320100", "江苏省", "320000", "江苏省工业和信息化厅", "南京市工业和信息化局", "南京澈言理工学院", "软件和信息服务", "智能电网装备"),
      city("东莞", "441900", "广东省", "440000", "广东省工业和信息化厅", "东莞市工业和信息化局", "东莞曦衡理工学院", "智能移动终端"),
      city("烟台", "370600", "山东省", "370000", "山东省工业和信息化厅", "烟台市工业和信息化局", "烟台砚川理工学院", "化工新材料"),
      city("常州", "320400", "江苏省", "320000", "江苏省工业和信息化厅", "常州市工业和信息化局", "常州筠澜理工学院", "新型碳材料", "新能源汽车零部件"),
      city("佛山", "440600", "广东省", "440000", "广东省工业和信息化厅", "佛山市工业和信息化局", "佛山岫远理工学院", "泛家居", "智能家电"));

  private static City city(String name, String code, String province, String provinceCode, String provinceAuthority,
      String cityAuthority, String university, String... industries) {
    return new City(name, code, province, provinceCode, provinceAuthority, cityAuthority, List.of(industries), university);
  }

  static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
      "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董",
      "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭",
      "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "段", "雷",
      "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "武", "戴", "孔", "汤");

  static final List<String> GIVEN_NAMES = List.of("伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
      "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "建华", "文博", "思远", "子涵", "浩然", "雨桐", "志强", "海燕", "晓东",
      "春梅", "国强", "建国", "卫东", "景澄", "沐岚", "婷婷", "俊杰", "宇航", "嘉怡", "梓轩", "欣怡", "一鸣", "天佑", "若曦", "明轩",
      "雅静", "振华", "立新", "红梅", "玉兰", "德胜", "永刚", "志华", "晓燕", "慧敏", "佳琪", "泽宇", "博文", "雪梅", "建军", "国华",
      "金凤", "少华", "鹏飞", "海涛", "晓峰", "云飞", "宏伟", "文静", "春燕", "瑞琪", "子豪", "家豪", "诗涵", "梦瑶", "昊天", "晨曦",
      "立强", "建平", "淑珍", "桂兰", "志远", "海波", "思源", "若兰", "立群", "春华", "光明", "振宇", "文斌", "丽萍", "永红", "学军");

  /** 字号: the distinctive part of a company name. */
  static final List<String> BRANDS = List.of("恒岳", "华辰", "博远", "天成", "联创", "鼎信", "瑞泰", "中盛", "宏达", "汇通", "精工",
      "明澜", "鑫源", "凯立", "海纳", "融信", "启明", "卓越", "金诚", "英澜", "新宇", "安捷", "德润", "永安", "嘉禾", "同创", "睿思",
      "华岑", "中屹", "天宇", "昊德", "锦程", "智源", "众合", "弘毅", "科瑞", "艾维", "诺威", "拓岚", "远衡", "星河", "盛世", "东升",
      "信达", "亿通", "华砚", "晶辉", "腾跃", "立岑", "思创", "源创", "长屹", "正和", "蓝海", "云帆", "光澈", "铭德", "国衡", "佳瑞",
      "汉岫", "维尔", "安泰", "润和", "致远", "力澜", "华耀", "瑞丰", "恒通", "万屹", "新纪元", "未来", "优联", "泰和", "华通", "天岑");

  /** 行业: what the company does. */
  static final List<String> TRADES = List.of("科技", "智能科技", "新材料", "精密机械", "电子", "自动化设备", "信息技术", "材料科技",
      "装备制造", "检测技术", "光电科技", "生物科技", "半导体", "能源科技", "工业软件", "精密制造", "数字科技", "环保科技");

  static final List<String> ROADS = List.of("科技", "创新", "星湖", "金桥", "长江", "学府", "汇智", "锦绣", "明珠", "新华", "人民",
      "建设", "金融", "研发", "高新");

  static final List<String> BANKS = List.of("澄信银行", "岚峰银行", "霁川银行", "朗晴银行", "辰屹银行", "泓曜银行"); // invented (decision 0410)

  /** A person's name not yet in {@code taken}, added to it. */
  static String person(Random random, Set<String> taken) {
    for (int attempt = 0; attempt < 1000; attempt++) {
      String name = pick(random, SURNAMES) + pick(random, GIVEN_NAMES);
      if (taken.add(name)) {
        return name;
      }
    }
    throw new IllegalStateException("no free person name left");
  }

  /** A company of {@code city} not yet in {@code taken}, added to it: 城市 + 字号 + 行业 + 组织形式. */
  static String company(Random random, City city, Set<String> taken) {
    for (int attempt = 0; attempt < 10_000; attempt++) {
      int form = random.nextInt(10);
      String name = city.name() + pick(random, BRANDS) + pick(random, TRADES)
          + (form < 7 ? "有限公司" : form < 9 ? "股份有限公司" : "集团有限公司");
      if (taken.add(name)) {
        return name;
      }
    }
    throw new IllegalStateException("no free company name left in " + city.name());
  }

  /**
   * A company of {@code city} in {@code industry} not yet in {@code taken}, added to it: 城市 + 字号 + 行业 + 组织形式, the 行业
   * the cluster's own (review stop 26 item 9: no 半导体 company in a textile cluster).
   */
  static String company(Random random, City city, Set<String> taken, String industry) {
    for (int attempt = 0; attempt < 10_000; attempt++) {
      int form = random.nextInt(10);
      String name = city.name() + pick(random, BRANDS) + industry + pick(random, INDUSTRY_TRADES)
          + (form < 7 ? "有限公司" : form < 9 ? "股份有限公司" : "集团有限公司");
      if (taken.add(name)) {
        return name;
      }
    }
    throw new IllegalStateException("no free company name left in " + city.name());
  }

  /** What follows the industry in a company's name. */
  static final List<String> INDUSTRY_TRADES = List.of("科技", "技术", "制造", "产业发展");

  static <T> T pick(Random random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  static Set<String> names() {
    return new HashSet<>();
  }
}
