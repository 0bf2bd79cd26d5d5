print repr("it's")
print repr('say "hi"')
print repr('both \' and "')
print repr("line\nbreak")
