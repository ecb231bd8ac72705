"""HTML pages: main text only, metadata from markup, nothing executable in the text."""

from datetime import date

import pytest

from checker.corpus import load_article_text, load_file

P1 = "اتفقت الحكومة العراقية والجانب الأميركي على عقد اجتماع مشترك لبحث تنفيذ اتفاق سحب القوات القتالية الأميركية من البلاد، وفقاً للاتفاق الذي جرى خلال الجولة الرابعة من الحوار الاستراتيجي"
P2 = "وأكد الكاظمي أن العراق ماض في تنفيذ مخرجات الحوار الاستراتيجي، وأن القوات القتالية ستغادر البلاد بنهاية العام الجاري بحسب ما اتفق عليه الطرفان."
PAGE = f"""<!DOCTYPE html>
<html lang="ar"><head><meta charset="{{charset}}">
<title>وفد عسكري أميركي في بغداد | موقع الأخبار</title>
<meta property="og:site_name" content="موقع الأخبار">
<meta property="og:url" content="https://news.example/a/1">
{{date}}
<script>document.write("SCRIPT_IN_HEAD")</script>
</head><body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/p">سياسة</a></li><li><a href="/e">اقتصاد</a></li></ul></nav>
<article>
<h1>وفد عسكري أميركي برئاسة الجنرال ماكينزي في بغداد</h1>
<p>قراؤنا من مستخدمي تلغرام</p>
<p>يمكنكم الآن متابعة آخر الأخبار مجاناً من خلال تطبيق تلغرام</p>
<p><a href="https://t.me/x">إضغط هنا للإشتراك</a></p>
<p>{P1}<script>alert("SCRIPT_IN_BODY")</script></p>
<p>جاء ذلك خلال استقبال الكاظمي قائد القيادة المركزية <img src="x" onerror="alert('ONERROR_ATTR')"> في بغداد، <a href="javascript:alert('JS_LINK')">التفاصيل</a> بحسب البيان الرسمي الصادر عن مكتبه اليوم.</p>
<p>{P2}</p>
<p>Subscribe to our Telegram channel for breaking news</p>
</article>
<footer><p>جميع الحقوق محفوظة</p><a href="/about">من نحن</a></footer>
</body></html>
"""
DATE = '<meta property="article:published_time" content="2021-09-09T10:00:00+03:00">'


def _page(tmp_path, name="a.html", charset="utf-8", date_meta=DATE, encoding="utf-8"):
    f = tmp_path / name
    f.write_bytes(PAGE.replace("{charset}", charset).replace("{date}", date_meta).encode(encoding))
    return f


def test_main_text_and_metadata(tmp_path):
    f = _page(tmp_path)
    result = load_file(f)
    assert result.problems == []
    (a,) = result.articles
    assert P1 in a.text and P2 in a.text
    assert a.info.format == "html" and a.info.encoding == "utf-8" and a.info.language == "ar"
    assert a.info.title == "وفد عسكري أميركي برئاسة الجنرال ماكينزي في بغداد"
    assert a.info.source == "موقع الأخبار" and a.info.url == "https://news.example/a/1"
    assert (a.info.published, a.info.published_source) == (date(2021, 9, 9), "metadata")
    assert a.text.split("\n\n")[1] == P1  # one paragraph per block, so sentence splits hold
    assert load_article_text(str(f)) == a.text


def test_boilerplate_is_not_article_text(tmp_path):
    (a,) = load_file(_page(tmp_path)).articles
    for junk in ("تلغرام", "للإشتراك", "الرئيسية", "اقتصاد", "جميع الحقوق", "من نحن", "Subscribe", "Telegram"):
        assert junk not in a.text


def test_hostile_markup_never_reaches_text(tmp_path):
    (a,) = load_file(_page(tmp_path)).articles
    for bad in ("SCRIPT_IN_HEAD", "SCRIPT_IN_BODY", "ONERROR_ATTR", "JS_LINK", "javascript:", "onerror", "<", ">"):
        assert bad not in a.text
    assert "التفاصيل بحسب البيان" in a.text  # the link's words stay, its target does not


def test_no_date_in_markup_stays_unknown(tmp_path):
    (a,) = load_file(_page(tmp_path, date_meta="")).articles
    assert (a.info.published, a.info.published_source) == (None, "unknown")


@pytest.mark.parametrize("declared", ["windows-1256", "", "iso-8859-1"])  # right, missing, wrong
def test_legacy_arabic_charset(tmp_path, declared):
    f = _page(tmp_path, "b.htm", charset=declared, encoding="cp1256")
    (a,) = load_file(f).articles
    assert a.info.encoding == "cp1256" and P2 in a.text and a.info.format == "html"


def test_declared_western_charset_is_kept_for_western_text(tmp_path):
    f = tmp_path / "fr.html"
    body = "<p>" + "Le président a rencontré à Bagdad les délégués français et américains jeudi. " * 3 + "</p>"
    f.write_bytes(f'<html><head><meta charset="iso-8859-1"></head><body><article>{body}</article></body></html>'.encode("latin-1"))
    (a,) = load_file(f).articles
    assert a.info.encoding == "iso8859-1" and "président a rencontré à Bagdad" in a.text


def test_page_without_article_text(tmp_path):
    f = tmp_path / "empty.html"
    f.write_text("<html><head><title>x</title><script>var a=1;</script></head><body><script>document.write(1)</script></body></html>")
    result = load_file(f)
    assert result.articles == [] and "no article text" in result.problems[0].message
