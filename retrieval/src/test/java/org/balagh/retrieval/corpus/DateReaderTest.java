package org.balagh.retrieval.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateReaderTest {

  private static void check(String expected, String value) throws DateReader.Unreadable {
    assertEquals(LocalDate.parse(expected), DateReader.read(value).date(), value);
  }

  private static String refusal(String value) {
    return assertThrows(DateReader.Unreadable.class, () -> DateReader.read(value)).getMessage();
  }

  @Test
  void readsIsoDatesWithOrWithoutATimeAsWritten() throws Exception {
    check("2018-06-14", "2018-06-14");
    check("2018-06-14", "2018-06-14T23:30:00-05:00");
    check("2021-02-16", "2021-02-16 14:50:21-05:00");
    check("2024-10-31", "2024-10-31T08:00:00Z");
  }

  @Test
  void readsRfc1123DatesAsRssGivesThem() throws Exception {
    check("2018-06-14", "Thu, 14 Jun 2018 10:00:00 GMT");
    check("2023-09-05", "Tue, 05 Sep 2023 18:04:11 +0000");
  }

  @Test
  void readsTheFormsExportsAndApisWrite() throws Exception {
    check("2024-03-05", "20240305");
    check("2024-03-05", "20240305T180000Z");
    check("2024-03-05", "5-Mar-2024");
    check("2024-03-05", "05/Mar/2024");
    check("2024-03-05", "1709661600");
    check("2024-03-05", "1709661600000");
    // Late in the evening in New York is the next day in UTC: a count of seconds says no place.
    check("2024-03-06", "1709687400");
    assertEquals("'123456789012' is not a date this importer reads", refusal("123456789012"));
    assertEquals("'0000000042' is no time from 1990 to 2100", refusal("0000000042"));
    assertEquals("'20241305' is not a date this importer reads", refusal("20241305"));
  }

  @Test
  void readsEnglishDates() throws Exception {
    check("2018-06-14", "June 14, 2018");
    check("2018-06-14", "Thursday, June 14, 2018");
    check("2018-06-14", "14th June 2018");
    check("2022-09-21", "Sept. 21, 2022");
  }

  @Test
  void readsFrenchDates() throws Exception {
    check("2018-06-14", "14 juin 2018");
    check("2018-06-14", "jeudi 14 juin 2018");
    check("2025-07-01", "1er juil. 2025");
    check("2024-02-03", "3 février 2024");
    check("2024-08-15", "15 aout 2024");
  }

  @Test
  void readsArabicDatesWithEveryRegionsMonthNames() throws Exception {
    check("2018-06-14", "14 يونيو 2018");
    check("2018-06-14", "الخميس 14 يونيه، 2018");
    check("2025-11-24", "24 نونبر 2025");
    check("2018-06-14", "14 حزيران 2018");
    check("2019-01-02", "2 كانون الثاني 2019");
    check("2019-10-02", "2 تشرين الأول 2019");
    check("2019-08-06", "6 آب 2019");
    check("2024-10-31", "٣١ أكتوبر ٢٠٢٤");
  }

  @Test
  void readsANumericDateOnlyWhenTheDayTellsItself() throws Exception {
    check("2018-06-14", "14/06/2018");
    check("2018-06-14", "06/14/2018");
    assertEquals("'03/04/2018': day and month could be either way round", refusal("03/04/2018"));
  }

  @Test
  void keepsAYearAlone() throws Exception {
    DateReader.Read read = DateReader.read("2024");
    assertEquals(2024, read.year());
    assertEquals(null, read.date());
  }

  @Test
  void refusesWhatIsNoDate() {
    assertEquals(
        "'sometime in June' is not a date this importer reads", refusal("sometime in June"));
    assertEquals("'31 June 2018' is no day of the calendar", refusal("31 June 2018"));
  }
}
