package dev.harden.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextEditsTest {

  @Test
  void appliesEditsInAnyOrder() {
    String text = "abcdef";
    List<TextEdit> edits =
        List.of(new TextEdit(4, 5, "E"), TextEdit.insert(0, ">"), new TextEdit(1, 3, ""), TextEdit.insert(6, "<"));
    assertThat(TextEdits.apply(text, edits)).isEqualTo(">adEf<");
  }

  @Test
  void joinsInsertionsAtOneOffsetInTheOrderGiven() {
    List<TextEdit> edits = List.of(TextEdit.insert(3, "\n  inner"), TextEdit.insert(3, "\nouter"));
    assertThat(TextEdits.normalize(edits)).containsExactly(TextEdit.insert(3, "\n  inner\nouter"));
    assertThat(TextEdits.apply("abc", edits)).isEqualTo("abc\n  inner\nouter");
  }

  @Test
  void refusesOverlappingEdits() {
    assertThatThrownBy(() -> TextEdits.apply("abcdef", List.of(new TextEdit(1, 4, "x"), new TextEdit(3, 5, "y"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TextEdits.apply("abc", List.of(new TextEdit(1, 1, "x"), new TextEdit(1, 2, "y"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tellsWhichEditSetsCanGoTogether() {
    List<TextEdit> a = List.of(TextEdit.insert(10, "a"));
    assertThat(TextEdits.compatible(a, List.of(TextEdit.insert(11, "b")))).isTrue();
    assertThat(TextEdits.compatible(a, List.of(TextEdit.insert(10, "b")))).isFalse();
    assertThat(TextEdits.compatible(a, List.of(new TextEdit(5, 12, "b")))).isFalse();
    assertThat(TextEdits.compatible(List.of(new TextEdit(2, 4, "")), List.of(TextEdit.insert(4, "b")))).isTrue();
  }

  @Test
  void betweenGivesWholeLineEditsInTheOriginalsOffsets() {
    String before = "FROM a\r\nRUN x\r\nCMD y";
    String after = "FROM a@sha256:1\r\nRUN x\r\nUSER 1\r\nCMD [\"y\"]";
    List<TextEdit> edits = TextEdits.between(before, after);
    assertThat(edits).containsExactly(new TextEdit(0, 8, "FROM a@sha256:1\r\n"),
        new TextEdit(15, 20, "USER 1\r\nCMD [\"y\"]"));
    assertThat(TextEdits.apply(before, edits)).isEqualTo(after);
    assertThat(TextEdits.between(after, after)).isEmpty();
  }
}
