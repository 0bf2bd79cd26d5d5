import time
st = time.strptime("2020-06-15 13:45:00", "%Y-%m-%d %H:%M:%S")
print st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min
print st.tm_wday, st.tm_yday
