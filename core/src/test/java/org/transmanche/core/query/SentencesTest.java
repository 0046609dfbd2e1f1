package org.transmanche.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cases: a text with the span in [brackets] and ¶ for a line break, and the sentence expected. */
class SentencesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "One. Two [three] four. Five.                         | Two three four.",
        "[Start] of text. Next.                               | Start of text.",
        "Before. At the [end]                                 | At the end",
        "Le préfet a parlé. M. [Cazeneuve] a signé. Fin.       | M. Cazeneuve a signé.",
        "He said so. Mr. [Smith] agreed. Then left.           | Mr. Smith agreed.",
        "Title line¶¶The [money] came. More.                  | The money came.",
        "Intro. « Nous [travaillons] ici », a dit M. Dupont. Fin. | « Nous travaillons ici », a dit M. Dupont.",
        "A question? Yes [it] is! Then more.                  | Yes it is!",
        "He paid 3.5 [million] euros. Next.                   | He paid 3.5 million euros.",
        "\"We will [pay],\" she said. Then.                    | \"We will pay,\" she said.",
        "First. Span [across. Two] sentences. Third.          | Span across. Two sentences.",
        "One line¶next [line] of the same paragraph. End.     | One line next line of the same paragraph.",
        "Initials: J. K. [Rowling] wrote. End.                | Initials: J. K. Rowling wrote.",
      })
  void cutsTheSentenceAroundASpan(String marked, String expected) {
    String text = marked.strip().replace("¶", "\n");
    int from = text.indexOf('[');
    int to = text.indexOf(']') - 1;
    String plain = text.replace("[", "").replace("]", "");

    int[] span = Sentences.around(plain, from, to);

    assertThat(plain.substring(span[0], span[1]).replace('\n', ' ')).isEqualTo(expected);
  }

  @Test
  void looksNoFurtherThanItsReachEachWay() {
    String text = "x".repeat(3 * Sentences.REACH);
    int middle = text.length() / 2;

    int[] span = Sentences.around(text, middle, middle + 1);

    assertThat(span).containsExactly(middle - Sentences.REACH, middle + 1 + Sentences.REACH);
  }
}
