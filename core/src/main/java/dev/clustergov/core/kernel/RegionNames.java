package dev.clustergov.core.kernel;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The names of administrative regions (行政区划名称) after GB/T 2260, in Chinese and English: the whole country, the 31
 * province-level divisions (and the three GB/T 2260 lists beside them), and the prefecture-level cities and districts
 * the demo data and the test fixtures use. It is not the whole of GB/T 2260 (about 3,200 codes): a code it does not know
 * is shown as the code itself, plainly labelled (行政区划代码320599 · region code 320599), never guessed from its digits.
 */
public final class RegionNames {

  private RegionNames() {}

  private static final Map<String, Text> NAMES = new TreeMap<>();

  private static void put(String code, String zh, String en) {
    if (NAMES.put(code, Text.of(zh, en)) != null) {
      throw new IllegalStateException("region " + code + " listed twice");
    }
  }

  static {
    put("000000", "全国", "the whole country");
    // the 31 province-level divisions of the mainland
    put("110000", "北京市", "Beijing Municipality");
    put("120000", "天津市", "Tianjin Municipality");
    put("130000", "河北省", "Hebei Province");
    put("140000", "山西省", "Shanxi Province");
    put("150000", "内蒙古自治区", "Inner Mongolia Autonomous Region");
    put("210000", "辽宁省", "Liaoning Province");
    put("220000", "吉林省", "Jilin Province");
    put("230000", "黑龙江省", "Heilongjiang Province");
    put("310000", "上海市", "Shanghai Municipality");
    put("320000", "江苏省", "Jiangsu Province");
    put("330000", "浙江省", "Zhejiang Province");
    put("340000", "安徽省", "Anhui Province");
    put("350000", "福建省", "Fujian Province");
    put("360000", "江西省", "Jiangxi Province");
    put("370000", "山东省", "Shandong Province");
    put("410000", "河南省", "Henan Province");
    put("420000", "湖北省", "Hubei Province");
    put("430000", "湖南省", "Hunan Province");
    put("440000", "广东省", "Guangdong Province");
    put("450000", "广西壮族自治区", "Guangxi Zhuang Autonomous Region");
    put("460000", "海南省", "Hainan Province");
    put("500000", "重庆市", "Chongqing Municipality");
    put("510000", "四川省", "Sichuan Province");
    put("520000", "贵州省", "Guizhou Province");
    put("530000", "云南省", "Yunnan Province");
    put("540000", "西藏自治区", "Xizang Autonomous Region");
    put("610000", "陕西省", "Shaanxi Province");
    put("620000", "甘肃省", "Gansu Province");
    put("630000", "青海省", "Qinghai Province");
    put("640000", "宁夏回族自治区", "Ningxia Hui Autonomous Region");
    put("650000", "新疆维吾尔自治区", "Xinjiang Uygur Autonomous Region");
    // GB/T 2260 lists these three as well
    put("710000", "台湾省", "Taiwan Province");
    put("810000", "香港特别行政区", "Hong Kong Special Administrative Region");
    put("820000", "澳门特别行政区", "Macao Special Administrative Region");
    // prefecture-level cities of the demo data and the fixtures
    put("140100", "太原市", "Taiyuan");
    put("210100", "沈阳市", "Shenyang");
    put("210200", "大连市", "Dalian");
    put("220100", "长春市", "Changchun");
    put("320100", "南京市", "Nanjing");
    put("320200", "无锡市", "Wuxi");
    put("320300", "徐州市", "Xuzhou");
    put("320400", "常州市", "Changzhou");
    put("320500", "苏州市", "Suzhou");
    put("330100", "杭州市", "Hangzhou");
    put("330200", "宁波市", "Ningbo");
    put("340100", "合肥市", "Hefei");
    put("340200", "芜湖市", "Wuhu");
    put("350100", "福州市", "Fuzhou");
    put("350200", "厦门市", "Xiamen");
    put("350500", "泉州市", "Quanzhou");
    put("360100", "南昌市", "Nanchang");
    put("370100", "济南市", "Jinan");
    put("370200", "青岛市", "Qingdao");
    put("370600", "烟台市", "Yantai");
    put("410100", "郑州市", "Zhengzhou");
    put("410300", "洛阳市", "Luoyang");
    put("420100", "武汉市", "Wuhan");
    put("430100", "长沙市", "Changsha");
    put("430200", "株洲市", "Zhuzhou");
    put("440100", "广州市", "Guangzhou");
    put("440300", "深圳市", "Shenzhen");
    put("440600", "佛山市", "Foshan");
    put("441900", "东莞市", "Dongguan");
    put("450200", "柳州市", "Liuzhou");
    put("510100", "成都市", "Chengdu");
    put("530100", "昆明市", "Kunming");
    put("610100", "西安市", "Xi'an");
    // county-level districts of the fixtures
    put("320505", "虎丘区", "Huqiu District");
    put("320508", "姑苏区", "Gusu District");
    put("440305", "南山区", "Nanshan District");
  }

  /** The region's own name (苏州市 · Suzhou), if the table knows the code. */
  public static Optional<Text> known(RegionCode code) {
    return Optional.ofNullable(NAMES.get(code.value()));
  }

  /**
   * The region's name with the regions above it, as an address is written: 江苏省苏州市 · Suzhou, Jiangsu Province;
   * 江苏省苏州市姑苏区 · Gusu District, Suzhou, Jiangsu Province. A code the table does not know is shown as itself:
   * 行政区划代码320599 · region code 320599 (a known parent is not added, so the label never names a region it cannot
   * vouch for).
   */
  public static Text name(RegionCode code) {
    Text own = NAMES.get(code.value());
    if (own == null) {
      return Text.of("行政区划代码" + code.value(), "region code " + code.value());
    }
    String zh = own.zh();
    String en = own.en();
    Optional<RegionCode> up = code.parent();
    while (up.isPresent() && up.get().level() != RegionCode.Level.NATIONAL) {
      Text p = NAMES.get(up.get().value());
      if (p != null) {
        zh = p.zh() + zh;
        en = en + ", " + p.en();
      }
      up = up.get().parent();
    }
    return Text.of(zh, en);
  }

  /** How many codes the table names (the whole country included). */
  public static int size() {
    return NAMES.size();
  }
}
